using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pages;

/// <summary>The server-rendered pages as a browser gets them: Indonesian text, errors next to fields.</summary>
[Collection("web")]
public class PagesTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task LoginPage_IsIndonesian_AndAWrongPasswordSaysSoWithoutLosingTheUserName(DatabaseProvider db)
    {
        var app = apps[db];
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await Forms.GetDocumentAsync(client, "/Akun/Masuk");
        page.DocumentElement.GetAttribute("lang").ShouldBe("id");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Masuk ke Kinerja");

        var response = await Forms.PostAsync(client, "/Akun/Masuk", new() { ["Input.UserName"] = "kasubag.bpbd", ["Input.Password"] = "salah" });
        var after = await Forms.ParseAsync(response);
        Forms.Summary(after).ShouldContain("Nama pengguna atau kata sandi salah.");
        after.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_UserName")!.Value.ShouldBe("kasubag.bpbd");

        var empty = await Forms.ParseAsync(await Forms.PostAsync(client, "/Akun/Masuk", new() { ["Input.UserName"] = "", ["Input.Password"] = "" }));
        Forms.FieldError(empty, "Input.UserName").ShouldBe("Nama pengguna wajib diisi.");
        Forms.FieldError(empty, "Input.Password").ShouldBe("Kata sandi wajib diisi.");
    }

    [Theory, BothDatabases]
    public async Task Dashboard_ShowsWhoYouAre_YourJabatanAndUnit_InIndonesianOrEnglish(DatabaseProvider db)
    {
        var client = await apps[db].PagesAsync("kasubag.bpbd");
        var home = await Forms.GetDocumentAsync(client, "/");
        home.QuerySelector("h1")!.TextContent.ShouldStartWith("Selamat datang");
        home.QuerySelector("[data-testid=unit]")!.TextContent.ShouldBe("Subbagian Perencanaan, Evaluasi dan Pelaporan");
        home.Body!.TextContent.ShouldContain("Badan Penanggulangan Bencana Daerah");

        (await client.PostAsync("/bahasa?lang=en&returnUrl=/", null)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var english = await Forms.GetDocumentAsync(client, "/");
        english.QuerySelector("h1")!.TextContent.ShouldStartWith("Welcome");
        english.DocumentElement.GetAttribute("lang").ShouldBe("en");
        // Dates stay Indonesian whatever the interface language.
        english.QuerySelector("footer")!.TextContent.ShouldMatch(@"\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}");
    }

    [Theory, BothDatabases]
    public async Task AddUnitForm_ShowsTheErrorNextToTheField_AndKeepsWhatWasTyped(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.PagesAsync("adminopd.bpbd");
        var opd = await app.DbAsync(d => d.PerangkatDaerah.Where(o => o.Kode == "BPBD").Select(o => o.Id).SingleAsync());
        var url = $"/Organisasi/Unit/Tambah?opd={opd}";

        var response = await Forms.PostAsync(client, url, new() { ["opd"] = opd.ToString(), ["Input.Kode"] = "SEKSI-LOGISTIK", ["Input.Nama"] = "Seksi Ganda", ["Input.Jenis"] = "Seksi" });
        var page = await Forms.ParseAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Forms.FieldError(page, "Input.Kode").ShouldBe("Kode unit SEKSI-LOGISTIK sudah dipakai di perangkat daerah ini.");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Nama")!.Value.ShouldBe("Seksi Ganda");

        var ok = await Forms.PostAsync(client, url, new() { ["opd"] = opd.ToString(), ["Input.Kode"] = "SEKSI-HALAMAN-" + db, ["Input.Nama"] = "Seksi Dari Halaman", ["Input.Jenis"] = "Seksi" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Forms.GetDocumentAsync(client, "/Organisasi")).Body!.TextContent.ShouldContain("Seksi Dari Halaman");
    }

    [Theory, BothDatabases]
    public async Task NonAdmin_CannotOpenAccountManagement_OrAnotherOpdsUnitEditor(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.PagesAsync("kabid.bpbd");
        (await client.GetAsync("/Organisasi/Pengguna")).Headers.Location!.ToString().ShouldContain("/Akun/AksesDitolak");
        var bpkpadUnit = await app.DbAsync(d => d.UnitKerja.Where(u => u.PerangkatDaerah.Kode == "BPKPAD").Select(u => u.Id).FirstAsync());
        (await client.GetAsync($"/Organisasi/Unit/Ubah/{bpkpadUnit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await apps[db].CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Organisasi")).Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
    }

    [Theory, BothDatabases]
    public async Task ImportPage_ListsEveryBadRow(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.PagesAsync("adminopd.bpbd");
        var page = await Forms.GetDocumentAsync(client, "/Organisasi/Impor");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var opd = await app.DbAsync(d => d.PerangkatDaerah.Where(o => o.Kode == "BPBD").Select(o => o.Id).SingleAsync());
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Unit"), "Kind" }, { new StringContent(opd.ToString()), "PerangkatDaerahId" },
            { new ByteArrayContent("Kode;Nama;Jenis;Kode Induk\nHAL-A;;Seksi;\nHAL-B;Unit B;Planet;\n"u8.ToArray()), "Berkas", "unit.csv" },
        };

        var result = await Forms.ParseAsync(await client.PostAsync("/Organisasi/Impor", form));

        var rows = result.QuerySelectorAll("[data-testid=import-errors] li").Select(li => li.TextContent).ToList();
        rows.Count.ShouldBe(2);
        rows[0].ShouldStartWith("Baris 2: Kolom Nama");
        rows[1].ShouldStartWith("Baris 3: Kolom Jenis");
    }
}
