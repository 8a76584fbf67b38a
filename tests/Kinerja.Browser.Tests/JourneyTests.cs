using Kinerja.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

[Collection("browser")]
public class JourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Kasubag_LogsIn_AndSeesTheirJabatanAndUnit()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        page.Url.ShouldContain("/Akun/Masuk");
        await BrowserFixture.ShotAsync(page, "01-masuk");

        await new LoginPage(page).LogInAsync("kasubag.bpbd", BrowserFixture.DemoPassword);

        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Selamat datang");
        (await page.Locator("[data-testid=unit]").InnerTextAsync()).ShouldBe("Subbagian Perencanaan, Evaluasi dan Pelaporan");
        (await page.Locator("[data-testid=jabatan-list]").InnerTextAsync()).ShouldContain("Badan Penanggulangan Bencana Daerah");
        await BrowserFixture.ShotAsync(page, "02-beranda-kasubag");

        await page.GetByRole(AriaRole.Link, new() { Name = "Organisasi", Exact = true }).ClickAsync();
        var tree = new OrganisasiPage(page);
        (await tree.Opd("Badan Penanggulangan Bencana Daerah").CountAsync()).ShouldBe(1);
        (await page.Locator("[data-testid=opd]").CountAsync()).ShouldBe(1, "a Kasubag sees only their own OPD");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Tambah unit" }).CountAsync()).ShouldBe(0, "a Kasubag cannot change the organisation");
        await BrowserFixture.ShotAsync(page, "03-organisasi-kasubag");
    }

    [Fact]
    public async Task WrongPassword_ShowsAnIndonesianMessage()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("kabid.bpkpad", "bukan-sandinya");

        (await login.Error.InnerTextAsync()).ShouldContain("Nama pengguna atau kata sandi salah.");
        await BrowserFixture.ShotAsync(page, "04-masuk-salah");
    }

    [Fact]
    public async Task Admin_AddsAUnit_AndSeesItInTheTree_AfterFixingAnError()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("admin", BrowserFixture.DemoPassword);
        var tree = new OrganisasiPage(page);
        await tree.OpenAsync();
        (await page.Locator("[data-testid=opd]").CountAsync()).ShouldBe(4, "the Admin Pemda of Balangan sees its four agencies");
        await BrowserFixture.ShotAsync(page, "05-organisasi-admin");

        await tree.AddUnitAsync("Badan Penanggulangan Bencana Daerah", "SEKSI-LOGISTIK", "Seksi Gudang Logistik", "Seksi", "Bidang Kedaruratan dan Logistik");
        (await tree.FieldError("Input.Kode").InnerTextAsync()).ShouldContain("sudah dipakai");
        (await page.GetByLabel("Nama unit").InputValueAsync()).ShouldBe("Seksi Gudang Logistik");
        await BrowserFixture.ShotAsync(page, "06-tambah-unit-galat");

        await page.GetByLabel("Kode unit").FillAsync("SEKSI-GUDANG");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        page.Url.ShouldEndWith("/Organisasi");
        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain("Seksi Gudang Logistik");
        var bpbd = tree.Opd("Badan Penanggulangan Bencana Daerah");
        (await bpbd.Locator("[data-testid=unit-node]").Filter(new() { HasText = "Bidang Kedaruratan dan Logistik" })
            .Locator("[data-testid=unit-node]").Filter(new() { HasText = "Seksi Gudang Logistik" }).CountAsync()).ShouldBe(1);
        await BrowserFixture.ShotAsync(page, "07-unit-ditambahkan");
    }

    [Fact]
    public async Task LanguageSwitch_TurnsTheInterfaceEnglish_AndBack()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync("adminopd.bpkpad", BrowserFixture.DemoPassword);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Welcome");
        await BrowserFixture.ShotAsync(page, "08-beranda-english");

        await page.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Selamat datang");
    }
}
