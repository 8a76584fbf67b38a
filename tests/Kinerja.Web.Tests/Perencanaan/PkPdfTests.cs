using System.Text;
using System.Text.RegularExpressions;
using Kinerja.Domain.Organisasi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static Kinerja.Web.Tests.Perencanaan.PkFixture;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>GET /api/v1/perjanjian-kinerja/{id}/pdf: the print view printed by headless Chromium on the server.</summary>
[Collection("web")]
public class PkPdfTests(TestApps apps)
{
    /// <summary>The document title Chromium puts in the PDF's Info dictionary (from the page's &lt;title&gt;), decoded.</summary>
    internal static string Title(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var hex = Regex.Match(text, @"/Title\s*<FEFF([0-9A-Fa-f]*)>");
        if (hex.Success) return Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex.Groups[1].Value));
        var literal = Regex.Match(text, @"/Title\s*\(((?:\\.|[^\\)])*)\)");
        return literal.Success ? literal.Groups[1].Value : "";
    }

    internal static int Pages(byte[] pdf) => Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;

    [Theory, BothDatabases]
    public async Task Pdf_IsThePrintView_WithThePksTitleAndItsTwoPages(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.puprperkim");
        var jabatan = "Kabid Uji PDF " + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var pk = (await CreateAsync(client, await JabatanAsync(app, SopRole.KepalaBidang, "BID-BM", jabatan, "Siti Uji PDF", "198502022010012002"))).GetProperty("id").GetInt32();
        await AddRowAsync(client, pk, await IndikatorAsync(app, "IK-1.3"), 12);

        var response = await client.GetAsync($"/api/v1/perjanjian-kinerja/{pk}/pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        Title(pdf).ShouldBe($"PERJANJIAN KINERJA TAHUN 2026 — {jabatan}");
        Pages(pdf).ShouldBe(2);                               // the agreement, then the table of targets

        (await (await app.ApiAsync("kasubag.bpbd")).GetAsync($"/api/v1/perjanjian-kinerja/{pk}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, BothDatabases]
    public async Task WithoutChromium_TheAnswerIs503_WithAnIndonesianReason(DatabaseProvider db)
    {
        var app = apps[db];
        var pk = (await CreateAsync(await app.ApiAsync("kasubag.puprperkim"), await JabatanAsync(app, SopRole.KepalaBidang, "BID-BM", "Kabid Tanpa Chromium"))).GetProperty("id").GetInt32();
        await using var noChromium = app.WithWebHostBuilder(b => b.UseSetting("Kinerja:ChromiumPath", "/tidak/ada/chromium"));
        var client = noChromium.CreateClient();
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "kasubag.puprperkim", password = KinerjaApp.DemoPassword });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString());

        var problem = await Problem.ReadAsync(await client.GetAsync($"/api/v1/perjanjian-kinerja/{pk}/pdf"));
        (problem.Status, problem.Title).ShouldBe((503, "PDF tidak tersedia"));
        problem.Detail.ShouldStartWith("PDF belum dapat dibuat di server ini: Chromium tidak ditemukan di /tidak/ada/chromium.");
    }
}
