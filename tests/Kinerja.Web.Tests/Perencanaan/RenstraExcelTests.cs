using System.Collections.Concurrent;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Perencanaan;

[Collection("web")]
public class RenstraExcelTests(TestApps apps)
{
    public record Plan(int Renstra, int Year);

    private static readonly ConcurrentDictionary<DatabaseProvider, int> NextYear = new();

    private static async Task<int> CreatedAsync(HttpResponseMessage r)
    {
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>
    /// A two-year BPBD Renstra in years no other test uses: tujuan T1, sasaran S1 with an index kept to
    /// three decimals (0.318), a range indicator and a negative one, and S2 without indicators.
    /// </summary>
    private static async Task<Plan> NewPlanAsync(KinerjaApp app, HttpClient client)
    {
        var y = NextYear.AddOrUpdate(app.Provider, 2060, (_, last) => last + 2);
        var opd = await app.DbAsync(d => d.PerangkatDaerah.Where(o => o.Kode == "BPBD").Select(o => o.Id).SingleAsync());
        var unit = await app.DbAsync(d => d.UnitKerja.Where(u => u.Kode == "SEKSI-LOGISTIK" && u.PerangkatDaerahId == opd).Select(u => u.Id).SingleAsync());
        var renstra = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/renstra", new { perangkatDaerahId = opd, nama = "Renstra Excel", tahunAwal = y, tahunAkhir = y + 1 }));
        var tujuan = await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/renstra/{renstra}/tujuan", new { kode = "T1", uraian = "Tujuan Excel" }));
        var s1 = await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/tujuan/{tujuan}/sasaran", new { kode = "S1", uraian = "Sasaran satu" }));
        await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/tujuan/{tujuan}/sasaran", new { kode = "S2", uraian = "Sasaran dua" }));
        await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/sasaran/{s1}/indikator", new
        {
            kode = "IK-IDX", nama = "Indeks ketahanan", satuan = "indeks", polarity = "Positive", rollUp = "NilaiAkhir", decimals = 3, isIku = true,
            kondisiAwal = 0.3m, targetAkhir = 0.325m, definisiOperasional = "Definisi yang tidak ada di berkas", unitIds = new[] { unit },
            targets = new[] { new { tahun = y, nilai = 0.318m }, new { tahun = y + 1, nilai = 0.325m } },
        }));
        await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/sasaran/{s1}/indikator", new
        {
            kode = "IK-RNG", nama = "Persentase stok dalam rentang", satuan = "%", polarity = "Range", negativeFormula = "Selisih", rollUp = "RataRata", decimals = 1, isIku = false,
            targets = new[] { new { tahun = y, nilai = 80m, nilaiAtas = (decimal?)95m }, new { tahun = y + 1, nilai = 82.5m, nilaiAtas = (decimal?)95m } },
        }));
        await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/sasaran/{s1}/indikator", new
        {
            kode = "IK-NEG", nama = "Jumlah kejadian", satuan = "kasus", polarity = "Negative", negativeFormula = "RasioTerbalik", rollUp = "Kumulatif", decimals = 0, isIku = true,
            kondisiAwal = 15m, targets = new[] { new { tahun = y, nilai = 12m }, new { tahun = y + 1, nilai = 10m } },
        }));
        return new Plan(renstra, y);
    }

    /// <summary>Everything of the plan's indicators an upload could change, as one string.</summary>
    private static Task<string> StateAsync(KinerjaApp app, int renstra) => app.DbAsync(async d =>
    {
        var all = await d.Indikator.AsNoTracking().Include(i => i.Targets).Include(i => i.Units).Include(i => i.Sasaran)
            .Where(i => i.Sasaran!.Tujuan.RenstraId == renstra).OrderBy(i => i.Kode).ToListAsync();
        return string.Join("\n", all.Select(i => string.Join("|", i.Kode, i.Sasaran!.Kode, i.Nama, i.Satuan, i.Polarity, i.NegativeFormula, i.RollUp, i.Decimals,
            i.IsIku, i.KondisiAwal, i.TargetAkhir, i.DefinisiOperasional, i.Version, string.Join(",", i.Units.Select(u => u.UnitKerjaId)),
            string.Join(";", i.Targets.OrderBy(t => t.Tahun).Select(t => $"{t.Tahun}={t.Nilai}-{t.NilaiAtas}")))));
    });

    private static List<object?> Row(List<List<object?>> grid, string kode) => grid.Single(r => r.Count > 3 && r[3] as string == kode);

    private static void Set(List<object?> row, int column, object? value)
    {
        while (row.Count <= column) row.Add(null);
        row[column] = value;
    }

    [Theory, BothDatabases]
    public async Task Download_ThenUploadUnchanged_ChangesNothing_NotEvenAnAuditRow(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var (renstra, y) = await NewPlanAsync(app, client);

        var download = await client.GetAsync($"/api/v1/renstra/{renstra}/xlsx");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var grid = Workbooks.Grid(bytes);
        grid[0][0].ShouldBe($"Indikator Renstra: Renstra Excel ({y}–{y + 1})");
        grid[1].ShouldBe(["Kode Tujuan", "Kode Sasaran", "Sasaran", "Kode Indikator", "Indikator", "Satuan", "Polaritas", "Rumus Negatif", "Akumulasi",
            "Desimal", "IKU", "Kondisi Awal", $"Target {y}", $"Target {y + 1}", "Target Akhir"]);
        Row(grid, "IK-IDX").ShouldBe(["T1", "S1", "Sasaran satu", "IK-IDX", "Indeks ketahanan", "indeks", "Positif", null, "Nilai Akhir", 3m, "Ya", 0.3m, 0.318m, 0.325m, 0.325m]);
        Row(grid, "IK-RNG")[6..14].ShouldBe(["Rentang", "Selisih", "Rata-rata", 1m, "Tidak", null, "80 – 95", "82,5 – 95"]);
        Row(grid, "IK-NEG")[6..14].ShouldBe(["Negatif", "Rasio Terbalik", "Kumulatif", 0m, "Ya", 15m, 12m, 10m]);
        grid.Single(r => r.Count > 1 && r[1] as string == "S2").ShouldBe(["T1", "S2", "Sasaran dua"]);
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ShouldBe(["Indikator", "Petunjuk"]);
            var pane = doc.WorkbookPart.WorksheetParts.Select(p => p.Worksheet.Descendants<Pane>().FirstOrDefault()).First(p => p is not null)!;
            (pane.State!.Value, pane.TopLeftCell!.Value).ShouldBe((PaneStateValues.Frozen, "A3"));
            // Excel refuses a workbook whose parts break the schema (e.g. elements out of order).
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        var before = await StateAsync(app, renstra);
        var audits = await app.DbAsync(d => d.AuditEntries.CountAsync());
        var upload = await Workbooks.UploadAsync(client, renstra, bytes);

        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        var result = await upload.Content.ReadFromJsonAsync<JsonElement>();
        (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()).ShouldBe((0, 0, 3));
        (await StateAsync(app, renstra)).ShouldBe(before);
        (await app.DbAsync(d => d.AuditEntries.CountAsync())).ShouldBe(audits);
    }

    [Theory, BothDatabases]
    public async Task EveryDemoRenstra_RoundTripsUnchanged(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("admin");
        var plans = await app.DbAsync(d => d.Renstra.Where(r => r.Nama.EndsWith("(demo)") && r.PerangkatDaerah.Pemda.Kode == "6311").Select(r => r.Id).ToListAsync());
        plans.ShouldNotBeEmpty();
        foreach (var renstra in plans)
        {
            var before = await StateAsync(app, renstra);
            var upload = await Workbooks.UploadAsync(admin, renstra, await admin.GetByteArrayAsync($"/api/v1/renstra/{renstra}/xlsx"));
            upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
            var result = await upload.Content.ReadFromJsonAsync<JsonElement>();
            (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()).ShouldBe((0, 0), $"Renstra {renstra}");
            (await StateAsync(app, renstra)).ShouldBe(before);
        }
    }

    [Theory, BothDatabases]
    public async Task EditedTargets_AndANewRow_AreApplied_KeepingWhatTheFileDoesNotCarry(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var (renstra, y) = await NewPlanAsync(app, client);
        var grid = Workbooks.Grid(await client.GetByteArrayAsync($"/api/v1/renstra/{renstra}/xlsx"));
        var target = Workbooks.Column(grid, $"Target {y + 1}");
        Set(Row(grid, "IK-IDX"), target, 0.331m);
        Set(Row(grid, "IK-RNG"), target - 1, "81 - 94,5");
        grid.Add(["T1", "s2", null, "ik-baru", "Jumlah dokumen rencana", "dokumen", "positif", null, "Kumulatif", 0m, "Tidak", null, 2m, 3m, 5m]);

        var upload = await Workbooks.UploadAsync(client, renstra, Workbooks.Write(grid));

        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        var result = await upload.Content.ReadFromJsonAsync<JsonElement>();
        (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()).ShouldBe((1, 2, 1));
        var rows = await app.DbAsync(d => d.Indikator.AsNoTracking().Include(i => i.Targets).Include(i => i.Units).Include(i => i.Sasaran)
            .Where(i => i.Sasaran!.Tujuan.RenstraId == renstra).ToDictionaryAsync(i => i.Kode));
        rows["IK-IDX"].Targets.Single(t => t.Tahun == y + 1).Nilai.ShouldBe(0.331m);
        rows["IK-IDX"].DefinisiOperasional.ShouldBe("Definisi yang tidak ada di berkas");
        rows["IK-IDX"].Units.Count.ShouldBe(1);
        var band = rows["IK-RNG"].Targets.Single(t => t.Tahun == y);
        (band.Nilai, band.NilaiAtas).ShouldBe((81m, 94.5m));
        rows["IK-BARU"].Sasaran!.Kode.ShouldBe("S2");
        rows["IK-BARU"].Targets.OrderBy(t => t.Tahun).Select(t => t.Nilai).ShouldBe([2m, 3m]);
        (await app.DbAsync(d => d.AuditEntries.AnyAsync(a => a.Entity == "IndikatorTarget" && a.UserName == "kasubag.bpbd" && a.Changes.Contains("0.331")))).ShouldBeTrue();
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadFiles()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var db in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(db, "shifted", "File", "kolom A baris 2 seharusnya \"Kode Tujuan\" tetapi berisi \"\"");
            data.Add(db, "years", "File", "kolom M baris 2 seharusnya \"Target Y\" tetapi berisi \"Target 2020\". Berkas ini tampaknya untuk Renstra dengan tahun lain");
            data.Add(db, "csv", "File", "bukan XLSX");
            data.Add(db, "corrupt", "File", "bukan XLSX yang dapat dibaca");
            data.Add(db, "text", "Baris 3", "Kolom Target Y: \"0,318\" adalah teks; isi dengan angka");
            data.Add(db, "formula", "Baris 4", "Kolom Target Y: sel berisi rumus");
            data.Add(db, "tujuan", "Baris 3", "Kolom Kode Tujuan: tujuan T9 tidak ada di Renstra ini");
            data.Add(db, "sasaran", "Baris 3", "Kolom Kode Sasaran: sasaran S9 tidak ada di tujuan T1");
            data.Add(db, "percent", "Baris 5", "Kolom Target Y: Batas atas target Y dalam persen harus antara 0 dan 100.");
            data.Add(db, "decimals", "Baris 3", "Kolom Target Y: Target Y paling banyak 3 angka desimal.");
            data.Add(db, "range", "Baris 5", "Kolom Target Y: target indikator Rentang ditulis batas bawah – batas atas");
            data.Add(db, "polarity", "Baris 4", "Kolom Polaritas: \"Turun\" tidak dikenal; isi Positif, Negatif, Rentang.");
            data.Add(db, "duplicate", "Baris 8", "Kolom Kode Indikator: kode IK-NEG sudah ada di baris 4 berkas ini");
        }
        return data;
    }

    [Theory, MemberData(nameof(BadFiles))]
    public async Task BadFile_IsRefusedNamingRowAndColumn_AndNothingIsApplied(DatabaseProvider db, string kind, string key, string message)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var (renstra, y) = await NewPlanAsync(app, client);
        var grid = Workbooks.Grid(await client.GetByteArrayAsync($"/api/v1/renstra/{renstra}/xlsx"));
        var target = Workbooks.Column(grid, $"Target {y}");
        // A good new row in every file: it must not be saved when another row is bad.
        grid.Add(["T1", "S2", null, "IK-OK", "Indikator yang baik", "dokumen", "Positif", null, "Kumulatif", 0m, "Tidak", null, 1m, 2m, 2m]);
        switch (kind)
        {
            case "shifted": grid.ForEach(r => r.Insert(0, null)); break;
            case "years": grid[1][target] = "Target 2020"; break;
            case "text": Set(Row(grid, "IK-IDX"), target, "0,318"); break;
            case "tujuan": Set(Row(grid, "IK-IDX"), 0, "T9"); break;
            case "sasaran": Set(Row(grid, "IK-IDX"), 1, "S9"); break;
            case "percent": Set(Row(grid, "IK-RNG"), target, "80 – 100,5"); break;
            case "decimals": Set(Row(grid, "IK-IDX"), target, 0.3185m); break;
            case "range": Set(Row(grid, "IK-RNG"), target, 90m); break;
            case "polarity": Set(Row(grid, "IK-NEG"), 6, "Turun"); break;
            case "duplicate": grid.Add([.. Row(grid, "IK-NEG")]); break;
        }
        var file = kind switch
        {
            "csv" => "Kode Tujuan;Kode Sasaran\nT1;S1\n"u8.ToArray(),
            "corrupt" => [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8],
            "formula" => Workbooks.WithFormula(Workbooks.Write(grid), $"{Kinerja.Web.Documents.Xlsx.ColumnName(target)}4", "SUM(1,2)"),
            _ => Workbooks.Write(grid),
        };
        var before = await StateAsync(app, renstra);

        var problem = await Problem.ReadAsync(await Workbooks.UploadAsync(client, renstra, file));

        problem.Status.ShouldBe(422);
        problem.Errors.Keys.ShouldBe([key]);
        problem.Errors[key].Single().ShouldContain(message.Replace("Target Y", $"Target {y}").Replace("target Y", $"target {y}"));
        (await StateAsync(app, renstra)).ShouldBe(before);
    }

    [Theory, BothDatabases]
    public async Task Kabid_DownloadsButCannotUpload_AndAnotherOpdSeesNothing(DatabaseProvider db)
    {
        var app = apps[db];
        var (renstra, _) = await NewPlanAsync(app, await app.ApiAsync("kasubag.bpbd"));
        var kabid = await app.ApiAsync("kabid.bpbd");
        var bytes = await kabid.GetByteArrayAsync($"/api/v1/renstra/{renstra}/xlsx");
        var before = await StateAsync(app, renstra);

        var refused = await Workbooks.UploadAsync(kabid, renstra, bytes);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(refused)).Detail.ShouldContain("Kasubag Perencanaan");
        var outsider = await app.ApiAsync("kasubag.bpkpad");
        (await outsider.GetAsync($"/api/v1/renstra/{renstra}/xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Workbooks.UploadAsync(outsider, renstra, bytes)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StateAsync(app, renstra)).ShouldBe(before);
    }

    [Theory, BothDatabases]
    public async Task Page_ListsEveryBadRow_AndOffersUploadOnlyToPlanners(DatabaseProvider db)
    {
        var app = apps[db];
        var (renstra, y) = await NewPlanAsync(app, await app.ApiAsync("kasubag.bpbd"));
        var client = await app.PagesAsync("kasubag.bpbd");
        var url = $"/Perencanaan/Excel?renstra={renstra}";
        var page = await Forms.GetDocumentAsync(client, url);
        page.QuerySelector("[data-testid=download]")!.GetAttribute("href").ShouldBe($"/api/v1/renstra/{renstra}/xlsx");
        var grid = Workbooks.Grid(await (await app.ApiAsync("kasubag.bpbd")).GetByteArrayAsync($"/api/v1/renstra/{renstra}/xlsx"));
        Set(Row(grid, "IK-IDX"), Workbooks.Column(grid, $"Target {y}"), "banyak");
        Set(Row(grid, "IK-NEG"), 8, "Bulanan");
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Workbooks.Write(grid)), "Berkas", "renstra.xlsx" } };

        var result = await Forms.ParseAsync(await client.PostAsync(url, form));

        var rows = result.QuerySelectorAll("[data-testid=upload-errors] li").Select(li => li.TextContent).ToList();
        rows.ShouldBe([$"Baris 3: Kolom Target {y}: \"banyak\" adalah teks; isi dengan angka (sel berformat angka).",
            "Baris 4: Kolom Akumulasi: \"Bulanan\" tidak dikenal; isi Kumulatif, Nilai Akhir, Rata-rata."]);
        var kabidPage = await Forms.GetDocumentAsync(await app.PagesAsync("kabid.bpbd"), url);
        kabidPage.QuerySelector("input[type=file]").ShouldBeNull();
        kabidPage.QuerySelector("[data-testid=download]").ShouldNotBeNull();
        (await (await app.PagesAsync("kasubag.bpkpad")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
