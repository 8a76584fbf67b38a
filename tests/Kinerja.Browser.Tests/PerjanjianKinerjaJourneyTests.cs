using Kinerja.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

[Collection("browser")]
public class PerjanjianKinerjaJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Planner_DraftsAPk_PlansTheQuarters_ConfirmsAMismatch_SignsAndPrints()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("kasubag.puprperkim", BrowserFixture.DemoPassword);

        await page.GotoAsync("/Perencanaan/Pk");
        await page.GetByLabel("Pihak pertama (jabatan)").SelectOptionAsync(new SelectOptionValue { Label = "Kepala Seksi Pembangunan Jalan dan Jembatan (PUPRPERKIM)" });
        await page.GetByLabel("Tahun", new() { Exact = true }).Last.FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat draf" }).ClickAsync();
        page.Url.ShouldMatch(@"/Perencanaan/Pk/\d+$");

        foreach (var (kode, target) in new[] { ("IKU-1", "80,5"), ("IK-1.2", "15") })
        {
            var option = await page.GetByLabel("Indikator", new() { Exact = true }).Locator("option").Filter(new() { HasTextString = kode + " " }).First.GetAttributeAsync("value");
            await page.GetByLabel("Indikator", new() { Exact = true }).SelectOptionAsync(option!);
            await page.GetByLabel("Target tahunan", new() { Exact = true }).FillAsync(target);
            await page.GetByRole(AriaRole.Button, new() { Name = "Tambah", Exact = true }).ClickAsync();
        }
        (await page.Locator("[data-testid=pk-rows]").InnerTextAsync()).ShouldContain("80,50 %");

        // Rows are ordered by sasaran, then code: IK-1.2 comes before IKU-1.
        var quarters = new[] { ("0", new[] { "3", "4", "4", "2" }), ("1", new[] { "70", "75", "78", "80,5" }) };
        foreach (var (n, values) in quarters)
            for (var q = 0; q < 4; q++) await page.Locator($"#Rows_{n}__TargetTw{q + 1}").FillAsync(values[q]);
        await page.Locator("#Rows_0__Aksi").FillAsync("Peningkatan ruas jalan poros desa");
        await page.Locator("#Rows_0__Anggaran").FillAsync("2.500.000.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan Rencana Aksi" }).ClickAsync();
        (await page.Locator("[data-testid=ra-warning]").InnerTextAsync()).ShouldBe("⚠ IK-1.2: Jumlah target TW I–IV (13) tidak sama dengan target tahunan (15) untuk indikator kumulatif.");
        await BrowserFixture.ShotAsync(page, "20-rencana-aksi-peringatan");

        await page.Locator("#MismatchConfirmed").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan Rencana Aksi" }).ClickAsync();
        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain("Rencana Aksi disimpan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Catat penandatanganan" }).ClickAsync();
        (await page.Locator("[data-testid=signed]").InnerTextAsync()).ShouldContain("kasubag.puprperkim");
        await BrowserFixture.ShotAsync(page, "21-pk-ditandatangani");

        await page.GotoAsync(page.Url + "/cetak");
        (await page.Locator("h1").First.InnerTextAsync()).ShouldBe("PERJANJIAN KINERJA TAHUN 2026");
        await BrowserFixture.ShotAsync(page, "22-pk-cetak");
    }
}
