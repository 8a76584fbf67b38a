using Kinerja.Web.Documents;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// The step after locking a round: the Kasubag opens its recap from the round page, sees the locked figures with
/// their capaian, sorts the table by capaian, sees the charts drawn, and downloads the same recap as a workbook.
/// </summary>
public static class RekapJourney
{
    public static async Task FromTheLockedRoundAsync(IPage page, string roundUrl, string periode, string[] filledKodes)
    {
        await page.GotoAsync(roundUrl);
        await page.Locator("[data-testid=lihat-rekap]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.Url.ShouldContain("/Rekap?");
        (await page.Locator("[data-testid=rekap-kepala]").InnerTextAsync()).ShouldContain(periode);
        (await page.Locator("[data-testid=belum-final]").CountAsync()).ShouldBe(0);

        var rows = page.Locator("[data-testid=rekap-capaian] tr[data-indikator]");
        var count = await rows.CountAsync();
        foreach (var kode in filledKodes)
        {
            var row = rows.Filter(new() { HasTextString = kode }).First;
            (await row.Locator("[data-testid=capaian]").InnerTextAsync()).ShouldEndWith("%", Case.Sensitive, kode);
            (await row.Locator("[data-testid=status]").InnerTextAsync()).Trim().ShouldBe("Terkunci", kode);
        }
        // Chart.js drew into every chart canvas (a canvas it never touched has no chart instance).
        var charts = await page.EvaluateAsync<int[]>(
            "() => [...document.querySelectorAll('canvas[data-chart]')].map(c => window.Chart && Chart.getChart(c) ? 1 : 0)");
        charts.ShouldNotBeEmpty();
        charts.ShouldAllBe(c => c == 1);
        // The quarter chart draws the indicator its list shows as chosen.
        var drawn = await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('select[data-chart-select]')].every(s => { const c = document.getElementById(s.dataset.chartSelect);" +
            " return JSON.stringify(Chart.getChart(c).data.datasets[1].data) === JSON.stringify(JSON.parse(c.dataset.chart).series[s.value].r); })");
        drawn.ShouldBeTrue();

        // Sorting by capaian keeps every row and orders each sasaran's rows by the figure, highest first on the second click.
        var header = page.Locator("[data-testid=rekap-capaian] thead th", new() { HasTextString = "Capaian" }).First;
        await header.ClickAsync();
        await header.ClickAsync();
        (await header.GetAttributeAsync("aria-sort")).ShouldBe("descending");
        (await rows.CountAsync()).ShouldBe(count);
        var sorted = await page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('[data-testid=rekap-capaian] tbody')].map(b => [...b.querySelectorAll('tr[data-indikator] [data-testid=capaian]')]" +
            ".map(td => td.dataset.sort ? Number(td.dataset.sort) : -1))");
        sorted.SelectMany(b => b).Count(v => v >= 0).ShouldBeGreaterThanOrEqualTo(filledKodes.Length);
        foreach (var body in sorted)
            body.Where(v => v >= 0).ShouldBe(body.Where(v => v >= 0).OrderByDescending(v => v));
        await page.SetViewportSizeAsync(1400, 1000);
        await BrowserFixture.ShotAsync(page, "rekap-dari-pengumpulan");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=unduh-xlsx]").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var path = Path.Combine(Path.GetTempPath(), "rekap-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(path);
        Dictionary<string, List<Kinerja.Web.Documents.SheetCell[]>> book;
        await using (var file = File.OpenRead(path)) book = Xlsx.ReadSheets(file, 5000);
        File.Delete(path);
        book["Capaian"][1][0].Text.ShouldContain("Hanya data yang sudah dikunci");
        var indicators = book["Capaian"].Skip(3).Where(r => r.Length > 3 && r[3].Text != "").ToList();
        indicators.Count.ShouldBe(count);
        foreach (var kode in filledKodes)
            indicators.Single(r => r[3].Text == kode)[8].IsNumber.ShouldBeTrue(kode);
    }
}
