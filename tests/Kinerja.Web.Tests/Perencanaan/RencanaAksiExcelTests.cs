using System.Net.Http.Headers;
using Kinerja.Domain.Organisasi;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Perencanaan.PkFixture;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>A PK's Rencana Aksi as XLSX: download, upload back unchanged (nothing changes), edited, wrong, mismatched.</summary>
[Collection("web")]
public class RencanaAksiExcelTests(TestApps apps)
{
    private const string Planner = "kasubag.puprperkim";

    /// <summary>
    /// A PK 2026 with IKU-1 (%, 2 decimals, nilai akhir, target 80) whose Rencana Aksi has a confirmed
    /// mismatch, a two-line action and a budget, and IK-1.3 (unit, kumulatif, target 12) without one.
    /// </summary>
    private static async Task<int> NewPkAsync(KinerjaApp app, HttpClient client)
    {
        var pk = (await CreateAsync(client, await JabatanAsync(app, SopRole.KepalaBidang, "BID-BM", "Kabid Uji Excel RA"))).GetProperty("id").GetInt32();
        await AddRowAsync(client, pk, await IndikatorAsync(app, "IKU-1"), 80);
        var dto = await AddRowAsync(client, pk, await IndikatorAsync(app, "IK-1.3"), 12);
        await OkAsync(await client.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{pk}/rencana-aksi", new
        {
            rows = new[] { new { rowId = RowId(dto, "IKU-1"), targetTw1 = 70.5m, targetTw2 = 75m, targetTw3 = 78m, targetTw4 = 79.25m,
                aksi = "Survei kondisi jalan\nPemeliharaan rutin", anggaran = 1_250_000_000L, penanggungJawab = "Seksi Jalan" } },
            mismatchConfirmed = true,
        }));
        return pk;
    }

    private static Task<string> StateAsync(KinerjaApp app, int pk) => app.DbAsync(async d =>
    {
        var rows = await d.PerjanjianKinerjaIndikator.AsNoTracking().Include(r => r.Indikator).Include(r => r.RencanaAksi)
            .Where(r => r.PerjanjianKinerjaId == pk).OrderBy(r => r.Indikator.Kode).ToListAsync();
        var audit = await d.AuditEntries.CountAsync(a => a.Entity == "RencanaAksi");
        return audit + "\n" + string.Join("\n", rows.Select(r => r.RencanaAksi is not { } ra ? $"{r.Indikator.Kode}|-"
            : string.Join("|", r.Indikator.Kode, N(ra.TargetTw1), N(ra.TargetTw2), N(ra.TargetTw3), N(ra.TargetTw4), ra.Aksi, ra.Anggaran, ra.PenanggungJawab, ra.MismatchConfirmed, ra.Version)));
    });

    // PostgreSQL answers 70.500000 for the 70.5 SQLite gives back.
    private static string N(decimal? d) => d?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static async Task<List<List<object?>>> DownloadAsync(HttpClient client, int pk)
    {
        var r = await client.GetAsync($"/api/v1/perjanjian-kinerja/{pk}/rencana-aksi/xlsx");
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        r.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return Workbooks.Grid(await r.Content.ReadAsByteArrayAsync());
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int pk, byte[] content, bool confirm = false)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return client.PostAsync($"/api/v1/perjanjian-kinerja/{pk}/rencana-aksi/xlsx{(confirm ? "?konfirmasi=true" : "")}",
            new MultipartFormDataContent { { file, "file", "rencana-aksi.xlsx" } });
    }

    private static List<object?> Row(List<List<object?>> grid, string kode) => grid.Single(r => r.Count > 0 && r[0] as string == kode);

    private static void Set(List<object?> row, int column, object? value)
    {
        while (row.Count <= column) row.Add(null);
        row[column] = value;
    }

    [Theory, BothDatabases]
    public async Task Download_HasTheGridsColumns_AndUploadingItUnchangedChangesNothing(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var pk = await NewPkAsync(app, client);
        var before = await StateAsync(app, pk);

        var grid = await DownloadAsync(client, pk);
        ((string)grid[0][0]!).ShouldStartWith("Rencana Aksi 2026: Kabid Uji Excel RA");
        grid[1].ShouldBe(["Kode Indikator", "Indikator", "Satuan", "Akumulasi", "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV",
            "Aksi", "Anggaran (Rp)", "Penanggung Jawab"]);
        var iku = Row(grid, "IKU-1");
        iku.Skip(3).ShouldBe(["Nilai Akhir", 80m, 70.5m, 75m, 78m, 79.25m, "Survei kondisi jalan\nPemeliharaan rutin", 1_250_000_000m, "Seksi Jalan"]);
        Row(grid, "IK-1.3").Skip(2).Take(3).ShouldBe(["unit", "Kumulatif", 12m]);

        // Unchanged, without confirming: IKU-1's mismatch was confirmed before and is the same.
        var response = await UploadAsync(client, pk, Workbooks.Write(grid));
        var result = await OkAsync(response);
        (result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()).ShouldBe((0, 2));
        (await StateAsync(app, pk)).ShouldBe(before);
    }

    [Theory, BothDatabases]
    public async Task EditedWorkbook_IsApplied_AndReadBackFromTheDatabase(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var pk = await NewPkAsync(app, client);
        var grid = await DownloadAsync(client, pk);
        var flow = Row(grid, "IK-1.3");
        foreach (var (c, v) in new[] { (5, 2m), (6, 3m), (7, 3m), (8, 4m) }) Set(flow, c, v);
        Set(flow, 9, "Pembangunan jembatan gantung");
        Set(flow, 10, 500_000_000m);
        Set(flow, 11, "Seksi Jembatan");
        Set(Row(grid, "IKU-1"), 8, 80m);                      // fixes the mismatch

        var result = await OkAsync(await UploadAsync(client, pk, Workbooks.Write(grid)));
        result.GetProperty("updated").GetInt32().ShouldBe(2);
        var state = await StateAsync(app, pk);
        state.ShouldContain("IK-1.3|2|3|3|4|Pembangunan jembatan gantung|500000000|Seksi Jembatan|False|");
        state.ShouldContain("IKU-1|70.5|75|78|80|Survei kondisi jalan\nPemeliharaan rutin|1250000000|Seksi Jalan|False|");
    }

    [Theory, BothDatabases]
    public async Task BadCells_AreListedByRowAndColumn_AndNothingIsSaved(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var pk = await NewPkAsync(app, client);
        var before = await StateAsync(app, pk);
        var grid = await DownloadAsync(client, pk);
        var iku = grid.IndexOf(Row(grid, "IKU-1")) + 1;
        var flow = grid.IndexOf(Row(grid, "IK-1.3")) + 1;
        Set(Row(grid, "IK-1.3"), 5, 3m);                      // a good change that must not be saved either
        Set(Row(grid, "IK-1.3"), 6, "tiga");                  // text in a number cell
        Set(Row(grid, "IKU-1"), 7, 78.123m);                  // beyond the indicator's 2 decimals
        grid.Add(["IK-TIDAK-ADA", "Indikator asing", "unit", "Kumulatif", 1m, 1m]);
        grid.Add(["IK-1.3", "Dua kali", "unit", "Kumulatif", 12m]);

        var problem = await Problem.ReadAsync(await UploadAsync(client, pk, Workbooks.Write(grid)));
        problem.Status.ShouldBe(422);
        problem.Detail.ShouldContain("Tidak ada perubahan yang disimpan");
        problem.Errors[$"Baris {flow}"].Single().ShouldBe("Kolom Target TW II: \"tiga\" adalah teks; isi dengan angka (sel berformat angka).");
        problem.Errors[$"Baris {iku}"].Single().ShouldStartWith("Kolom Target TW III:");
        problem.Errors[$"Baris {iku}"].Single().ShouldContain("2 angka desimal");
        problem.Errors[$"Baris {grid.Count - 1}"].Single().ShouldBe("Kolom Kode Indikator: IK-TIDAK-ADA bukan indikator PK ini; indikator ditambahkan di halaman PK.");
        problem.Errors[$"Baris {grid.Count}"].Single().ShouldContain($"sudah ada di baris {flow}");
        (await StateAsync(app, pk)).ShouldBe(before);

        // A formula, a changed annual target and shifted columns are refused too.
        var formula = Workbooks.WithFormula(Workbooks.Write(await DownloadAsync(client, pk)), $"F{iku}", "E3-10");
        (await Problem.ReadAsync(await UploadAsync(client, pk, formula))).Errors[$"Baris {iku}"].Single().ShouldStartWith("Kolom Target TW I: sel berisi rumus");
        var annual = await DownloadAsync(client, pk);
        Set(Row(annual, "IKU-1"), 4, 85m);
        (await Problem.ReadAsync(await UploadAsync(client, pk, Workbooks.Write(annual)))).Errors[$"Baris {iku}"].Single()
            .ShouldBe("Kolom Target Tahunan: 85 berbeda dari target PK 80; target tahunan diubah di halaman PK.");
        var shifted = (await DownloadAsync(client, pk)).Select(r => (List<object?>)[null, .. r]).ToList();
        var template = await Problem.ReadAsync(await UploadAsync(client, pk, Workbooks.Write(shifted)));
        (template.Status, template.Errors["File"].Single()).ShouldBe((422, "Templat tidak sesuai: kolom A baris 2 seharusnya \"Kode Indikator\" tetapi berisi \"\". Unduh templat lalu isi tanpa mengubah judul kolom."));
        (await StateAsync(app, pk)).ShouldBe(before);
    }

    [Theory, BothDatabases]
    public async Task RollUpMismatch_IsAWarningToConfirm_ThenItIsSavedAndMarked(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var pk = await NewPkAsync(app, client);
        var before = await StateAsync(app, pk);
        var grid = await DownloadAsync(client, pk);
        var flow = Row(grid, "IK-1.3");
        foreach (var (c, v) in new[] { (5, 3m), (6, 3m), (7, 3m), (8, 2m) }) Set(flow, c, v);   // 11, not 12
        var line = grid.IndexOf(flow) + 1;

        var warned = await Problem.ReadAsync(await UploadAsync(client, pk, Workbooks.Write(grid)));
        warned.Status.ShouldBe(422);
        warned.Detail.ShouldContain("konfirmasi");
        warned.Errors[$"Baris {line}"].Single().ShouldBe("IK-1.3: Jumlah target TW I–IV (11) tidak sama dengan target tahunan (12) untuk indikator kumulatif.");
        (await StateAsync(app, pk)).ShouldBe(before);

        await OkAsync(await UploadAsync(client, pk, Workbooks.Write(grid), confirm: true));
        (await StateAsync(app, pk)).ShouldContain("IK-1.3|3|3|3|2||||True|");
    }

    [Theory, BothDatabases]
    public async Task PkPage_OffersTheWorkbook_AndListsTheWarningsOfARefusedUpload(DatabaseProvider db)
    {
        var app = apps[db];
        var pk = await NewPkAsync(app, await app.ApiAsync(Planner));
        var client = await app.PagesAsync(Planner);
        var page = await Forms.GetDocumentAsync(client, $"/Perencanaan/Pk/{pk}");
        page.QuerySelector("[data-testid=ra-download]")!.GetAttribute("href").ShouldBe($"/api/v1/perjanjian-kinerja/{pk}/rencana-aksi/xlsx");

        var api = await app.ApiAsync(Planner);
        var grid = await DownloadAsync(api, pk);
        Set(Row(grid, "IKU-1"), 8, 81m);                      // TW IV ≠ 80 under nilai akhir
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task<HttpResponseMessage> PostAsync(bool confirm)
        {
            var file = new ByteArrayContent(Workbooks.Write(grid));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "BerkasRencanaAksi", "ra.xlsx" } };
            if (confirm) form.Add(new StringContent("true"), "KonfirmasiBerkas");
            return await client.PostAsync($"/Perencanaan/Pk/{pk}?handler=UnggahRencanaAksi", form);
        }

        var refused = await Forms.ParseAsync(await PostAsync(confirm: false));
        refused.QuerySelector("[data-testid=ra-upload-errors]")!.TextContent.ShouldContain("Target TW IV (81) tidak sama dengan target tahunan (80)");
        refused.QuerySelectorAll("[data-testid=ra-grid] tbody tr").Length.ShouldBe(2);   // the grid is still there, as stored
        var saved = await PostAsync(confirm: true);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync(app, pk)).ShouldContain("IKU-1|70.5|75|78|81|");
    }
}
