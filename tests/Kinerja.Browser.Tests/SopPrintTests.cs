using Kinerja.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>Each demo agency's Kasubag finds their SOP and prints it; the screenshots are for people to look at.</summary>
[Collection("browser")]
public class SopPrintTests(BrowserFixture app)
{
    [Theory]
    [InlineData("bpbd", 9)]
    [InlineData("bpkpad", 9)]
    [InlineData("puprperkim", 7)]
    [InlineData("diskop", 9)]
    [InlineData("bappeda", 9)]
    public async Task Kasubag_PrintsTheirSop_WithAFlowchartRowPerStep(string opd, int steps)
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync($"kasubag.{opd}", BrowserFixture.DemoPassword);

        await page.GotoAsync("/Sop");
        await BrowserFixture.ShotAsync(page, $"sop-daftar-{opd}");
        await page.Locator("[data-testid=sop] a").First.ClickAsync();
        await BrowserFixture.ShotAsync(page, $"sop-detail-{opd}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cetak", Exact = true }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        (await page.Locator("tr.baris").CountAsync()).ShouldBe(steps);
        (await page.Locator("svg.bagan-alir .terminator").CountAsync()).ShouldBe(2);
        // The drawing and the table agree: the flowchart's pages are exactly as tall as the step rows.
        var rows = await page.EvaluateAsync<double>("() => [...document.querySelectorAll('tr.baris')].reduce((h, r) => h + r.getBoundingClientRect().height, 0)");
        var svg = await page.EvaluateAsync<double>("() => [...document.querySelectorAll('svg.bagan-alir')].reduce((h, s) => h + s.getBoundingClientRect().height, 0)");
        Math.Abs(rows - svg).ShouldBeLessThan(steps + 1.0, $"rows {rows}px, flowchart {svg}px");
        await page.SetViewportSizeAsync(1120, 900);
        await BrowserFixture.ShotAsync(page, $"sop-{opd}");
    }
}
