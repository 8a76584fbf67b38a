using Microsoft.EntityFrameworkCore;
using System.Text;
using Kinerja.Web.Tests.Perencanaan;

namespace Kinerja.Web.Tests.Sop;

/// <summary>GET /api/v1/sop/{id}/pdf: the printable SOP printed by headless Chromium on the server.</summary>
[Collection("web")]
public class SopPdfTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Pdf_IsThePrintedSop_WithItsTitle_AndOutsidersGetNothing(DatabaseProvider db)
    {
        var app = apps[db];
        var sop = await app.DbAsync(d => d.SopDokumen.Where(s => s.PerangkatDaerah.Kode == "BPKPAD").OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Nama, Instansi = s.PerangkatDaerah.Nama }).FirstAsync());
        var response = await (await app.ApiAsync("kasubag.bpkpad")).GetAsync($"/api/v1/sop/{sop.Id}/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        // The print page's <title> is "SOP <nama> · <instansi>": the PDF is that page, not an error page.
        PkPdfTests.Title(pdf).ShouldStartWith("SOP " + sop.Nama);
        PkPdfTests.Pages(pdf).ShouldBeGreaterThanOrEqualTo(1);

        (await (await app.ApiAsync("kasubag.bpbd")).GetAsync($"/api/v1/sop/{sop.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
