using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Documents;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.BuktiRound;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>The form as XLSX: what the download holds, that an unchanged upload changes nothing, that a filled one saves through the grid's path, and that bad files change nothing.</summary>
[Collection("web")]
public class FormatExcelTests(TestApps apps)
{
    private static Task<byte[]> DownloadAsync(HttpClient client, int formId) => client.GetByteArrayAsync($"/api/v1/format-data/{formId}/xlsx");

    /// <summary>Everything of the form an upload could change, with its audit rows.</summary>
    private static Task<string> StateAsync(KinerjaApp app, int formId) => app.DbAsync(async d =>
    {
        var rows = await d.FormatIndikator.AsNoTracking().Where(r => r.FormatDataKinerjaId == formId).OrderBy(r => r.Id).ToListAsync();
        var money = await d.FormatAnggaran.AsNoTracking().Where(r => r.FormatDataKinerjaId == formId).OrderBy(r => r.Id).ToListAsync();
        var form = await d.FormatDataKinerja.AsNoTracking().SingleAsync(f => f.Id == formId);
        var keys = rows.Select(r => r.Id.ToString()).Concat(money.Select(m => m.Id.ToString())).ToList();
        var audit = await d.AuditEntries.CountAsync(a => (a.Entity == "FormatIndikator" || a.Entity == "FormatAnggaran") && keys.Contains(a.EntityKey));
        return string.Join("\n", rows.Select(r => $"{r.Id}|{N(r.Realisasi)}|{r.FaktorPendukung}|{r.FaktorPenghambat}|{r.TindakLanjut}|{r.Penjelasan}|{r.Version}")
            .Concat(money.Select(m => $"{m.Id}|{m.Realisasi}|{m.Version}")).Append($"{form.Status}|{form.Version}|{form.DiisiPerencanaan}|audit={audit}"));
    });

    private static string N(decimal? d) => d is decimal v ? Xlsx.NumberText(v) : "";

    [Theory, BothDatabases]
    public async Task TheDownload_HasTheHeaderBlock_TheRows_AndOnlyTheFilledCellsOpen(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await SharedAsync(app);
        await PengumpulanFixture.SetTargetsAsync(app, round.SeksiForm, 12);
        var xlsx = await DownloadAsync(await app.ApiAsync(Filler), round.SeksiForm);
        var sheets = Xlsx.ReadSheets(new MemoryStream(xlsx), 100);
        sheets.Keys.ShouldBe(["Indikator", "Anggaran", "Petunjuk"]);
        var ind = sheets["Indikator"];
        string T(int row, int col) => col < ind[row - 1].Length ? ind[row - 1][col].Text : "";
        (T(1, 2), T(2, 3), T(3, 3), T(4, 3), T(6, 3)).ShouldBe(("FORMAT DATA KINERJA",
            "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan", Seksi, $"TW III {round.Tahun}".Replace("III", Roman(round.Triwulan)), round.SeksiForm.ToString()));
        T(5, 2).ShouldBe("Batas Waktu");
        ind[7].Select(c => c.Text).ShouldBe(["ID", "Versi", "Kode", "Indikator", "Satuan", "Target", "Realisasi", "Faktor Pendukung", "Faktor Penghambat", "Tindak Lanjut", "Penjelasan"]);
        (T(9, 0), T(9, 2), T(9, 3), T(9, 4), T(9, 5)).ShouldBe(((await RowAsync(app, round.SeksiForm, "IK-1.3")).ToString(), "IK-1.3",
            "Jumlah koperasi yang dinilai kesehatannya", "koperasi", "12"));
        ind[8][5].IsNumber.ShouldBeTrue();
        T(10, 2).ShouldBe("IK-1.4");
        sheets["Anggaran"][7].Select(c => c.Text).ShouldBe(["ID", "Versi", "Kode", "Sub-kegiatan", "Pagu (Rp)", "Realisasi Anggaran (Rp)"]);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = (WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        part.Worksheet.GetFirstChild<SheetProtection>()!.Sheet!.Value.ShouldBeTrue();
        var columns = part.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().ToList();
        columns.Where(c => c.Hidden?.Value == true).Select(c => c.Min!.Value).ShouldBe([1u, 2u]);
        var formats = doc.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Open(string reference) => part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference) is var cell
            && formats[(int)(cell.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value == false;
        (Open("F9"), Open("G9"), Open("H9"), Open("K10"), Open("A9"), Open("C9")).ShouldBe((false, true, true, true, false, false));
    }

    private static string Roman(int q) => q switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    [Theory, BothDatabases]
    public async Task AnUnchangedFile_ChangesNoRowNoVersionNoAudit(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var kabid = await app.ApiAsync(Filler);
        // Values of every kind first, so the file carries numbers with decimals, text with line breaks and rupiah.
        var form = await FormAsync(kabid, round.SeksiForm);
        await PengumpulanFixture.JsonAsync(await kabid.PutAsJsonAsync($"/api/v1/format-data/{round.SeksiForm}", new
        {
            indikator = new[]
            {
                new { id = Row(form, "IK-1.3").GetProperty("id").GetInt32(), version = 0, realisasi = (decimal?)7m, faktorPendukung = "Pendamping\ndi setiap kecamatan", tindakLanjut = (string?)null },
                new { id = Row(form, "IK-1.4").GetProperty("id").GetInt32(), version = 0, realisasi = (decimal?)4.25m, faktorPendukung = "Audit rutin", tindakLanjut = (string?)"Pembinaan" },
            },
        }));
        var bidang = await FormAsync(kabid, round.BidangForm);
        var anggaran = bidang.GetProperty("anggaran").EnumerateArray().Single();
        await PengumpulanFixture.JsonAsync(await kabid.PutAsJsonAsync($"/api/v1/format-data/{round.BidangForm}", new
        {
            indikator = new[] { new { id = Row(bidang, "IKU-1").GetProperty("id").GetInt32(), version = 0, realisasi = 66.67m } },
            anggaran = new[] { new { id = anggaran.GetProperty("id").GetInt32(), version = 0, realisasi = 12_500_000L } },
        }));

        foreach (var formId in new[] { round.SeksiForm, round.BidangForm })
        {
            var before = await StateAsync(app, formId);
            var xlsx = await DownloadAsync(kabid, formId);
            var result = await PengumpulanFixture.JsonAsync(await FormatWorkbookEdit.UploadAsync(kabid, formId, xlsx));
            result.GetProperty("berubah").GetInt32().ShouldBe(0);
            (await StateAsync(app, formId)).ShouldBe(before);
        }
    }

    [Theory, BothDatabases]
    public async Task AFilledFile_SavesEveryRowThroughTheGridsSave_WithVersionsAndAudit(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var kabid = await app.ApiAsync(Filler);
        var seksi = FormatWorkbookEdit.Edit(await DownloadAsync(kabid, round.SeksiForm), cell =>
        {
            cell("Indikator", "G9").Number(9);
            cell("Indikator", "H9").Text("Pendampingan koperasi oleh PPKL");
            cell("Indikator", "I9").Text("Dua koperasi belum menyerahkan laporan");
            cell("Indikator", "G10").Number(4.25m);
            cell("Indikator", "J10").Text("Pembinaan koperasi bermasalah");
        });
        var result = await PengumpulanFixture.JsonAsync(await FormatWorkbookEdit.UploadAsync(kabid, round.SeksiForm, seksi));
        (result.GetProperty("barisIndikator").GetInt32(), result.GetProperty("berubah").GetInt32()).ShouldBe((2, 2));
        var bidang = FormatWorkbookEdit.Edit(await DownloadAsync(kabid, round.BidangForm), cell =>
        {
            cell("Indikator", "G9").Number(68.5m);
            cell("Anggaran", "F9").Number(75_000_000);
        });
        (await PengumpulanFixture.JsonAsync(await FormatWorkbookEdit.UploadAsync(kabid, round.BidangForm, bidang))).GetProperty("berubah").GetInt32().ShouldBe(2);

        var rows = await app.DbAsync(d => d.FormatIndikator.AsNoTracking().Include(r => r.Indikator)
            .Where(r => r.FormatDataKinerjaId == round.SeksiForm || r.FormatDataKinerjaId == round.BidangForm).OrderBy(r => r.Indikator.Kode).ToListAsync());
        rows.Select(r => (r.Indikator.Kode, r.Realisasi, r.FaktorPendukung, r.FaktorPenghambat, r.TindakLanjut, r.Version)).ShouldBe([
            ("IK-1.3", 9m, "Pendampingan koperasi oleh PPKL", "Dua koperasi belum menyerahkan laporan", null, 1),
            ("IK-1.4", 4.25m, null, null, "Pembinaan koperasi bermasalah", 1),
            ("IKU-1", 68.5m, null, null, null, 1)]);
        var money = await app.DbAsync(d => d.FormatAnggaran.AsNoTracking().SingleAsync(a => a.FormatDataKinerjaId == round.BidangForm));
        (money.Realisasi, money.Version).ShouldBe((75_000_000L, 1));
        var audit = await app.DbAsync(d => d.AuditEntries.Where(a => a.Entity == "FormatIndikator" && a.EntityKey == rows[0].Id.ToString() && a.Action == "Modified")
            .Select(a => new { a.UserName, a.Changes }).ToListAsync());
        audit.ShouldHaveSingleItem().UserName.ShouldBe(Filler);
        audit[0].Changes.ShouldContain("Pendampingan koperasi oleh PPKL");
        // The grid shows what the file brought.
        Row(await FormAsync(kabid, round.SeksiForm), "IK-1.4").GetProperty("realisasi").GetDecimal().ShouldBe(4.25m);
    }

    [Theory, BothDatabases]
    public async Task EveryBadFile_IsRefusedWithRowColumnAndReason_AndNothingIsSaved(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await SharedAsync(app);
        var kabid = await app.ApiAsync(Filler);
        var good = await DownloadAsync(kabid, round.SeksiForm);
        byte[] With(Action<Func<string, string, DocumentFormat.OpenXml.Spreadsheet.Cell>> bad) => FormatWorkbookEdit.Edit(good, cell =>
        {
            cell("Indikator", "G10").Number(4); // a good change beside the bad one: it must not be saved either
            bad(cell);
        });
        var renstra = await (await app.ApiAsync("kasubag.diskop")).GetByteArrayAsync(
            $"/api/v1/renstra/{await app.DbAsync(d => d.Renstra.Where(r => r.PerangkatDaerah.Kode == "DISKOPUKMPERINDAG").Select(r => r.Id).FirstAsync())}/xlsx");
        var sheets = Xlsx.ReadSheets(new MemoryStream(good), 100);
        var shifted = Xlsx.Write(sheets.Select(s => new SheetSpec(s.Key, s.Value.Select((r, i) => (IReadOnlyList<object?>)(i < 7 ? Cells(r) : [.. Cells(r).Take(5), null, .. Cells(r).Skip(5)])).ToList())).ToArray());

        var fileCases = new (string Name, byte[] Content, string Message)[]
        {
            ("renstra", renstra, "Templat tidak sesuai: lembar \"Indikator\" bukan Format Data Kinerja"),
            ("formulir lain", await DownloadAsync(kabid, round.BidangForm), $"Berkas ini untuk formulir lain (nomor {round.BidangForm}: {Bidang}"),
            ("kolom bergeser", shifted, "lembar \"Indikator\" kolom F baris 8 seharusnya \"Target\" tetapi berisi \"\""),
            ("zip bomb", FormatWorkbookEdit.WithBomb(With(_ => { })), "zip bomb"),
            ("bukan xlsx", BuktiRound.Pdf(), "bukan XLSX"),
            ("kosong", [], "Berkas kosong"),
        };
        var rowCases = new (string Name, byte[] Content, string Row, string Message)[]
        {
            ("teks", With(c => c("Indikator", "G9").Text("12")), "Indikator baris 9", "Kolom G (Realisasi): \"12\" adalah teks; isi dengan angka (sel berformat angka)."),
            ("desimal bulat", With(c => c("Indikator", "G9").Number(12.5m)), "Indikator baris 9", "Kolom G (Realisasi): 12.5 harus bilangan bulat (indikator IK-1.3 tanpa desimal)."),
            ("desimal", With(c => c("Indikator", "G10").Number(4.125m)), "Indikator baris 10", "Kolom G (Realisasi): 4.125 memiliki 3 angka desimal; indikator IK-1.4 paling banyak 2."),
            ("rumus", With(c => c("Indikator", "G9").Formula("SUM(F9:F9)", 12)), "Indikator baris 9", "Kolom G (Realisasi): sel berisi rumus; isi dengan nilai, bukan rumus."),
            ("id asing", With(c => c("Indikator", "A9").Number(999999)), "Indikator baris 9", "Kolom A (ID): baris dengan ID 999999 tidak ada di formulir ini"),
            ("kode pindah", With(c => c("Indikator", "C9").Text("IK-1.4")), "Indikator baris 9", "Kolom C (Kode): kode \"IK-1.4\" tidak sesuai dengan baris ini (indikator IK-1.3)"),
        };

        var before = await StateAsync(app, round.SeksiForm);
        foreach (var (name, content, message) in fileCases)
        {
            var p = await Problem.ReadAsync(await FormatWorkbookEdit.UploadAsync(kabid, round.SeksiForm, content));
            p.Status.ShouldBe(422, name);
            p.Errors["File"][0].ShouldContain(message, Case.Sensitive, name);
        }
        foreach (var (name, content, row, message) in rowCases)
        {
            var p = await Problem.ReadAsync(await FormatWorkbookEdit.UploadAsync(kabid, round.SeksiForm, content));
            (p.Status, p.Detail).ShouldBe((422, "Unggahan dibatalkan: 1 baris bermasalah. Tidak ada perubahan yang disimpan; perbaiki baris tersebut lalu unggah kembali."), name);
            p.Errors.Keys.ToList().ShouldBe([row], name);
            p.Errors[row][0].ShouldStartWith(message, Case.Sensitive, name);
        }
        // Two bad rows at once: both are listed.
        var two = await Problem.ReadAsync(await FormatWorkbookEdit.UploadAsync(kabid, round.SeksiForm,
            With(c => { c("Indikator", "G9").Text("dua belas"); c("Indikator", "G10").Formula("1/3", 0.33m); })));
        two.Errors.Keys.Order().ShouldBe(["Indikator baris 10", "Indikator baris 9"]);
        (await StateAsync(app, round.SeksiForm)).ShouldBe(before);
    }

    private static List<object?> Cells(SheetCell[] row) =>
        row.Select(c => c.Text.Length == 0 ? null : c.IsNumber ? decimal.Parse(c.Text, CultureInfo.InvariantCulture) : (object?)c.Text).ToList();

    [Theory, BothDatabases]
    public async Task AFileOlderThanTheRow_IsAConflict_AndTheNewerValueStays(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var kabid = await app.ApiAsync(Filler);
        var old = await DownloadAsync(kabid, round.SeksiForm);
        var row = Row(await FormAsync(kabid, round.SeksiForm), "IK-1.3");
        await PengumpulanFixture.JsonAsync(await (await app.ApiAsync(Planner)).PutAsJsonAsync($"/api/v1/format-data/{round.SeksiForm}",
            new { indikator = new[] { new { id = row.GetProperty("id").GetInt32(), version = 0, realisasi = 11m } } }));
        var p = await Problem.ReadAsync(await FormatWorkbookEdit.UploadAsync(kabid, round.SeksiForm, FormatWorkbookEdit.Edit(old, c => c("Indikator", "G9").Number(3))));
        p.Status.ShouldBe(409);
        (await app.DbAsync(d => d.FormatIndikator.Where(r => r.Id == row.GetProperty("id").GetInt32()).Select(r => r.Realisasi).SingleAsync())).ShouldBe(11m);
    }

    [Theory, BothDatabases]
    public async Task TheUploadKeepsTheFormsRules_ReaderForbidden_OutsiderNotFound_LockedRefused(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenAsync(app);
        var kabid = await app.ApiAsync(Filler);
        var xlsx = FormatWorkbookEdit.Edit(await DownloadAsync(kabid, round.SeksiForm), c => c("Indikator", "G9").Number(5));
        (await (await app.ApiAsync(Reader)).GetAsync($"/api/v1/format-data/{round.SeksiForm}/xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FormatWorkbookEdit.UploadAsync(await app.ApiAsync(Reader), round.SeksiForm, xlsx)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync(OtherUnit)).GetAsync($"/api/v1/format-data/{round.SeksiForm}/xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await FormatWorkbookEdit.UploadAsync(await app.ApiAsync(OtherUnit), round.SeksiForm, xlsx)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == round.SeksiForm).ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FormatStatus.Terkunci)));
        var before = await StateAsync(app, round.SeksiForm);
        (await Problem.ReadAsync(await FormatWorkbookEdit.UploadAsync(kabid, round.SeksiForm, xlsx))).Detail.ShouldBe("Formulir sudah terkunci; nilai tidak dapat diubah.");
        (await StateAsync(app, round.SeksiForm)).ShouldBe(before);
    }

    private static System.Text.Json.JsonElement Row(System.Text.Json.JsonElement form, string kode) => PengumpulanFixture.Row(form, kode);
}
