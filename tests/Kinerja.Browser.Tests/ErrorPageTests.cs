using Kinerja.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>A mistyped address and another agency's form both land on the error page inside the layout, with a way back.</summary>
[Collection("browser")]
public class ErrorPageTests(BrowserFixture app)
{
    [Fact]
    public async Task AMissingPage_AndSomeoneElsesForm_ShowTheErrorPageInTheLayout_WithAWayHome()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("kasubag.bpbd", BrowserFixture.DemoPassword);

        var missing = await page.GotoAsync("/Rekap/Tidak-Ada");
        missing!.Status.ShouldBe(404);
        (await page.Locator("[data-testid=galat] h1").InnerTextAsync()).ShouldBe("Halaman tidak ditemukan");
        (await page.Locator("nav [data-testid=nav-rekap]").CountAsync()).ShouldBe(1);
        await BrowserFixture.ShotAsync(page, "galat-404");

        // A form id no BPBD user may read answers the same page: not found, nothing of it shown.
        var other = await page.GotoAsync("/Pengumpulan/Format/999999");
        other!.Status.ShouldBe(404);
        (await page.Locator("[data-testid=galat]").GetAttributeAsync("data-kode")).ShouldBe("404");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke beranda" }).ClickAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/");
    }
}
