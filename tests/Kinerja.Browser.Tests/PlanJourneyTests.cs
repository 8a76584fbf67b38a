using Kinerja.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

[Collection("browser")]
public class PlanJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Kasubag_AddsANegativeIndicator_SeesTheLivePreview_AndFindsItInTheTree()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("kasubag.bpbd", BrowserFixture.DemoPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Perencanaan", Exact = true }).ClickAsync();
        (await page.Locator("[data-testid=indikator]").CountAsync()).ShouldBeGreaterThanOrEqualTo(8);
        await BrowserFixture.ShotAsync(page, "09-rencana-kinerja");

        await page.Locator("[data-testid=sasaran]").Filter(new() { HasText = "kecepatan dan mutu" })
            .GetByRole(AriaRole.Link, new() { Name = "Tambah indikator" }).ClickAsync();
        await page.GetByLabel("Kode", new() { Exact = true }).FillAsync("IK-2.9");
        await page.GetByLabel("Nama indikator").FillAsync("Rata-rata waktu distribusi logistik darurat");
        await page.GetByLabel("Satuan").FillAsync("jam");
        await page.GetByLabel("Polaritas").SelectOptionAsync("Negative");
        await page.GetByLabel("Rumus negatif").SelectOptionAsync("Selisih");
        await page.GetByLabel("Akumulasi").SelectOptionAsync("RataRata");
        foreach (var (year, target) in new[] { (2025, "20"), (2026, "18"), (2027, "16"), (2028, "14"), (2029, "12") })
            await page.Locator($"#target-{year}").FillAsync(target);
        await page.GetByLabel("Seksi Logistik").CheckAsync();

        await page.GetByLabel("Target contoh").FillAsync("20");
        await page.GetByLabel("Realisasi contoh").FillAsync("16");
        await Assertions.Expect(page.Locator("[data-testid=preview]")).ToHaveTextAsync("120,00 %");
        (await page.Locator("[data-testid=predikat]").InnerTextAsync()).ShouldContain("Sangat Tinggi");
        await BrowserFixture.ShotAsync(page, "10-indikator-pratinjau");

        await page.GetByLabel("Rumus negatif").SelectOptionAsync("RasioTerbalik");
        await Assertions.Expect(page.Locator("[data-testid=preview]")).ToHaveTextAsync("125,00 %");

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain("IK-2.9");
        var row = page.Locator("[data-testid=indikator]").Filter(new() { HasText = "IK-2.9" });
        (await row.InnerTextAsync()).ShouldContain("Negatif (rasio terbalik)");
        (await row.InnerTextAsync()).ShouldContain("Seksi Logistik");
        await BrowserFixture.ShotAsync(page, "11-indikator-tersimpan");
    }
}
