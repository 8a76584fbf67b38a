using System.Globalization;
using Kinerja.Browser.Tests.Pages;
using Kinerja.Web.Documents;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

[Collection("browser")]
public class RenstraExcelJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Kasubag_DownloadsTheRenstra_UploadsItBackUnchanged_ThenSeesEveryBadRowOfAnEditedCopy()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).LogInAsync("kasubag.bpbd", BrowserFixture.DemoPassword);
        var list = await page.APIRequest.GetAsync("/api/v1/renstra");
        var renstra = (await list.JsonAsync())!.Value.EnumerateArray().First().GetProperty("id").GetInt32();

        await page.GotoAsync($"/Perencanaan/Excel?renstra={renstra}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=download]").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"renstra-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        download.SuggestedFilename.ShouldStartWith("renstra-bpbd-");

        await page.GetByLabel("Berkas XLSX (maks. 5 MB)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("0 indikator baru, 0 diubah");
        await BrowserFixture.ShotAsync(page, "20-renstra-excel");

        // A planner's mistakes: a target typed as text and an unknown sasaran.
        var grid = Xlsx.ReadFirstSheet(new MemoryStream(await File.ReadAllBytesAsync(file)), 5000)
            .Select(r => r.Select(c => c.Text.Length == 0 ? null : c.IsNumber ? decimal.Parse(c.Text, CultureInfo.InvariantCulture) : (object?)c.Text).ToList()).ToList();
        grid[2][12] = "tujuh puluh";
        grid[3][1] = "S99";
        await File.WriteAllBytesAsync(file, Xlsx.Write(new SheetSpec("Indikator", grid.Select(r => (IReadOnlyList<object?>)r).ToList()) { BoldRows = 2 }));
        await page.GetByLabel("Berkas XLSX (maks. 5 MB)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();

        var errors = await page.Locator("[data-testid=upload-errors] li").AllInnerTextsAsync();
        errors.Count.ShouldBe(2);
        errors[0].ShouldStartWith("Baris 3: Kolom Target");
        errors[1].ShouldStartWith("Baris 4: Kolom Kode Sasaran");
        await BrowserFixture.ShotAsync(page, "21-renstra-excel-galat");
        File.Delete(file);
    }
}
