namespace Kinerja.Web.Infrastructure;

/// <summary>
/// Headers on every answer (issue 13, finding 9): scripts only from this site and never inline (an
/// injected &lt;script&gt; or on…= attribute does not run), no framing by other sites (clickjacking),
/// no MIME sniffing of uploaded evidence, and no URL with ids leaking to other sites via Referer.
/// Inline style attributes stay allowed: the print layouts size their columns with them.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Set as the answer starts, so error pages (the exception handler clears headers) carry them too.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(http);
    });
}
