using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinerja.Browser.Tests.Pages;
using Kinerja.Web.Documents;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

[Collection("browser")]
public class FormatExcelJourneyTests(BrowserFixture app)
{
    private const string Unit = "Seksi Pencegahan";

    [Fact]
    public async Task Pelaksana_FillsTheFormInExcel_UploadsIt_AndAttachesAPdfAsEvidence()
    {
        var formId = await OpenRoundAsync();
        var page = await app.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).LogInAsync("pelaksana.bpbd", BrowserFixture.DemoPassword);

        await page.GotoAsync($"/Pengumpulan/Format/{formId}/Excel");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=download]").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("format-data-kinerja-seksi-pencegahan-");
        var file = Path.Combine(Path.GetTempPath(), $"formulir-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);

        // The planner's offline work: the realisasi and the narrative of IK-1.3, typed into the open cells.
        var row = Xlsx.ReadSheets(new MemoryStream(await File.ReadAllBytesAsync(file)), 100)["Indikator"].FindIndex(r => r.Length > 2 && r[2].Text == "IK-1.3") + 1;
        row.ShouldBeGreaterThan(8);
        using (var doc = SpreadsheetDocument.Open(file, true))
        {
            var sheet = doc.WorkbookPart!.WorksheetParts.First(p => p.Worksheet.Descendants<Cell>().Any(c => c.CellReference == $"C{row}" && c.InnerText == "IK-1.3"));
            Cell At(string col) => sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == $"{col}{row}");
            At("G").CellValue = new CellValue("118");
            var text = At("H");
            (text.DataType, text.InlineString) = (CellValues.InlineString, new InlineString(new Text("Simulasi evakuasi bersama relawan desa")));
        }
        // First a slip: the realisasi typed as text with a decimal, refused with its row and column, nothing saved.
        var good = await File.ReadAllBytesAsync(file);
        using (var doc = SpreadsheetDocument.Open(file, true))
        {
            var cell = doc.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).First(c => c.CellReference == $"G{row}" && c.CellValue?.Text == "118");
            (cell.CellValue, cell.DataType, cell.InlineString) = (null, CellValues.InlineString, new InlineString(new Text("118,5")));
        }
        await page.GetByLabel("Berkas XLSX (maks. 5 MB)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        (await page.Locator("[data-testid=upload-errors] li").AllInnerTextsAsync()).ShouldBe([$"Indikator baris {row}: Kolom G (Realisasi): \"118,5\" adalah teks; isi dengan angka (sel berformat angka)."]);
        await BrowserFixture.ShotAsync(page, "39-formulir-excel-galat");

        await File.WriteAllBytesAsync(file, good);
        await page.GetByLabel("Berkas XLSX (maks. 5 MB)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("Unggahan tersimpan: 1 baris berubah");
        await BrowserFixture.ShotAsync(page, "40-formulir-excel");

        await page.GotoAsync($"/Pengumpulan/Format/{formId}/Bukti");
        var section = page.Locator("[data-testid=bukti-row][data-kode='IK-1.3']");
        var exe = Path.Combine(Path.GetTempPath(), $"laporan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(exe, [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0]);
        await page.GetByLabel("Unggah bukti untuk IK-1.3").SetInputFilesAsync(exe);
        await section.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        (await page.Locator("[data-testid=bukti-row][data-kode='IK-1.3'] [data-testid=row-error]").InnerTextAsync()).ShouldContain("program atau skrip yang dapat dijalankan");
        await BrowserFixture.ShotAsync(page, "41-formulir-bukti-ditolak");

        var pdf = Path.Combine(Path.GetTempPath(), "Laporan simulasi TW.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        await page.GetByLabel("Unggah bukti untuk IK-1.3").SetInputFilesAsync(pdf);
        await page.Locator("[data-testid=bukti-row][data-kode='IK-1.3']").GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        var files = page.Locator("[data-testid=bukti-row][data-kode='IK-1.3'] [data-testid=bukti-file]");
        (await files.CountAsync()).ShouldBe(1);
        var cells = await files.First.Locator("td").AllInnerTextsAsync();
        (cells[0], cells[1]).ShouldBe(("Laporan simulasi TW.pdf", "PDF"));
        cells[4].ShouldStartWith("pelaksana.bpbd");
        await BrowserFixture.ShotAsync(page, "42-formulir-bukti");

        var evidence = await page.APIRequest.GetAsync(await files.First.Locator("[data-testid=download]").GetAttributeAsync("href") ?? "");
        (evidence.Status, evidence.Headers["content-type"]).ShouldBe((200, "application/pdf"));
        var form = (await (await page.APIRequest.GetAsync($"/api/v1/format-data/{formId}")).JsonAsync())!.Value;
        var saved = form.GetProperty("indikator").EnumerateArray().Single(r => r.GetProperty("kode").GetString() == "IK-1.3");
        (saved.GetProperty("realisasi").GetDecimal(), saved.GetProperty("faktorPendukung").GetString(), saved.GetProperty("bukti").GetArrayLength())
            .ShouldBe((118m, "Simulasi evakuasi bersama relawan desa", 1));
        File.Delete(file);
        File.Delete(exe);
        File.Delete(pdf);
    }

    /// <summary>BPBD's planner opens a quarter no other journey takes; the form of Seksi Pencegahan is the pelaksana's.</summary>
    private async Task<int> OpenRoundAsync()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).LogInAsync("kasubag.bpbd", BrowserFixture.DemoPassword);
        var opds = (await (await page.APIRequest.GetAsync("/api/v1/perangkat-daerah")).JsonAsync())!.Value;
        var opd = opds.EnumerateArray().Single(o => o.GetProperty("kode").GetString() == "BPBD").GetProperty("id").GetInt32();
        var taken = (await (await page.APIRequest.GetAsync($"/api/v1/pengumpulan?perangkatDaerahId={opd}")).JsonAsync())!.Value.EnumerateArray()
            .Select(r => r.GetProperty("tahun").GetInt32() * 10 + r.GetProperty("triwulan").GetInt32()).ToHashSet();
        var slot = new[] { 20273, 20274, 20272, 20271, 20254, 20253 }.First(s => !taken.Contains(s));
        var response = await page.APIRequest.PostAsync("/api/v1/pengumpulan", new()
        {
            DataObject = new
            {
                perangkatDaerahId = opd, tahun = slot / 10, triwulan = slot % 10,
                batasWaktu = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        });
        response.Status.ShouldBe(201, await response.TextAsync());
        var round = (await response.JsonAsync())!.Value;
        await page.Context.CloseAsync();
        return round.GetProperty("formatDataKinerja").EnumerateArray().Single(f => f.GetProperty("unit").GetString() == Unit).GetProperty("id").GetInt32();
    }
}
