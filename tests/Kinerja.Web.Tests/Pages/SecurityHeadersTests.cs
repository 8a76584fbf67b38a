using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Web.Tests.Pages;

/// <summary>
/// Every answer carries the headers that stop an injected script, framing by another site, MIME sniffing of an
/// uploaded file and ids leaking through Referer: a page, an error page, an API answer and a static file alike.
/// </summary>
[Collection("web")]
public class SecurityHeadersTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task PagesErrorsApiAndFiles_AllCarryTheSecurityHeaders(DatabaseProvider db)
    {
        using var anonymous = apps[db].CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pages = await apps[db].PagesAsync("kasubag.bpbd");
        var api = await apps[db].ApiAsync("kasubag.bpbd");
        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["login page"] = await anonymous.GetAsync("/Akun/Masuk"),
            ["recap page"] = await pages.GetAsync("/Rekap"),
            ["404 page"] = await pages.GetAsync("/Tidak/Ada"),
            ["API answer"] = await api.GetAsync("/api/v1/me"),
            ["API problem"] = await api.GetAsync("/api/v1/format-data/999999"),
            ["static file"] = await anonymous.GetAsync("/css/site.css"),
        };
        foreach (var (what, r) in answers)
        {
            var csp = string.Join(";", r.Headers.TryGetValues("Content-Security-Policy", out var v) ? v : []);
            // Scripts only from this site and never inline ('unsafe-inline' is for style attributes only).
            csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal)).ShouldBe("script-src 'self'", what);
            csp.ShouldContain("frame-ancestors 'none'", customMessage: what);
            r.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], what);
            r.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"], what);
            r.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"], what);
        }
        ((int)answers["404 page"].StatusCode).ShouldBe(404);
    }

    [Theory, BothDatabases]
    public async Task NoPage_HasAnInlineScriptOrHandler_TheCspWouldBlock(DatabaseProvider db)
    {
        var pages = await apps[db].PagesAsync("kasubag.bpbd");
        foreach (var url in new[] { "/", "/Rekap", "/Pengumpulan", "/Perencanaan", "/Sop", "/Kotak" })
        {
            var doc = await Forms.GetDocumentAsync(pages, url);
            doc.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") is null or "text/javascript" or "module")
                .Select(s => s.OuterHtml[..Math.Min(80, s.OuterHtml.Length)]).ShouldBeEmpty(url);
            doc.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => a.Name)
                .ShouldBeEmpty(url);
        }
    }
}
