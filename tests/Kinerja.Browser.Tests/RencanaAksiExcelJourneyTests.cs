using System.Globalization;
using Kinerja.Browser.Tests.Pages;
using Kinerja.Web.Documents;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

[Collection("browser")]
public class RencanaAksiExcelJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Kasubag_DownloadsTheRencanaAksi_UploadsItBack_ConfirmsAMismatch_AndSetsAPagu()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).LogInAsync("kasubag.diskop", BrowserFixture.DemoPassword);
        var list = await page.APIRequest.GetAsync("/api/v1/perjanjian-kinerja?tahun=2026");
        var pk = (await list.JsonAsync())!.Value.EnumerateArray().First(p => p.GetProperty("indikatorCount").GetInt32() > 0 && p.GetProperty("status").GetString() == "Signed")
            .GetProperty("id").GetInt32();

        await page.GotoAsync($"/Perencanaan/Pk/{pk}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=ra-download]").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"ra-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        download.SuggestedFilename.ShouldStartWith("rencana-aksi-2026-");

        await page.GetByLabel("Berkas XLSX (maks. 5 MB)").SetInputFilesAsync(file);
        await page.Locator("#ra-excel").GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("0 baris diubah");

        // TW I raised far above plan: the quarters no longer roll up, which must be confirmed.
        var grid = Xlsx.ReadFirstSheet(new MemoryStream(await File.ReadAllBytesAsync(file)), 5000)
            .Select(r => r.Select(c => c.Text.Length == 0 ? null : c.IsNumber ? decimal.Parse(c.Text, CultureInfo.InvariantCulture) : (object?)c.Text).ToList()).ToList();
        var row = grid.Skip(2).First(r => r.Count > 8 && r[3] as string == "Kumulatif" && r[5] is decimal);
        row[5] = (decimal)row[5]! + 1;
        await File.WriteAllBytesAsync(file, Xlsx.Write(new SheetSpec("Rencana Aksi", grid.Select(r => (IReadOnlyList<object?>)r).ToList()) { BoldRows = 2 }));
        await page.GetByLabel("Berkas XLSX (maks. 5 MB)").SetInputFilesAsync(file);
        await page.Locator("#ra-excel").GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        (await page.Locator("[data-testid=ra-upload-errors]").InnerTextAsync()).ShouldContain("tidak sama dengan target tahunan");
        await page.Locator("#ra-excel").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(page, "30-rencana-aksi-excel-peringatan");

        await page.GetByLabel("Berkas XLSX (maks. 5 MB)").SetInputFilesAsync(file);
        await page.Locator("#KonfirmasiBerkas").CheckAsync();
        await page.Locator("#ra-excel").GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("1 baris diubah");
        File.Delete(file);

        await page.GotoAsync("/Perencanaan/Program?tahun=2026");
        var first = page.Locator("[data-testid=program-row]").Nth(1);
        var kode = await first.GetAttributeAsync("data-kode");
        await first.Locator("input[inputmode=numeric]").FillAsync("999.999.999.999");
        await first.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        (await page.Locator($"[data-testid=program-row][data-kode='{kode}']").InnerTextAsync()).ShouldContain("melebihi pagu");
        await BrowserFixture.ShotAsync(page, "31-program-pagu");
    }
}
