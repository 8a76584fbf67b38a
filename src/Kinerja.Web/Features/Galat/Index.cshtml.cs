using Kinerja.Domain;
using Kinerja.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Features.Galat;

/// <summary>
/// The error page every HTML route ends on (see <see cref="ErrorPages"/>): an unknown URL, a record
/// that is not there or not the user's, or a fault — with a reference id the log holds too.
/// </summary>
[IgnoreAntiforgeryToken]
public class IndexModel(ILogger<IndexModel> logger, IProblemDetailsService problems) : PageModel
{
    public int Kode { get; private set; }
    public string? Pesan { get; private set; }
    public string Rujukan => HttpContext.TraceIdentifier;

    // Any verb: a failed POST is re-executed as a POST to this page.
    public Task<IActionResult> OnGetAsync(int? kode) => ShowAsync(kode);
    public Task<IActionResult> OnPostAsync(int? kode) => ShowAsync(kode);

    private async Task<IActionResult> ShowAsync(int? kode)
    {
        var status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (status is not null && status.OriginalPath.StartsWith("/api/", StringComparison.Ordinal))
        {
            // An API call that ended without a body: it gets problem details, as every API answer does.
            Response.StatusCode = status.OriginalStatusCode;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = status.OriginalStatusCode, Title = ApiTitle(status.OriginalStatusCode) },
            });
            return new EmptyResult();
        }
        var error = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reexecuted = error is not null || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        // Opened directly (/Galat/500) it is just a page about that code; only a real error sets the status.
        Kode = error is not null ? ErrorPages.StatusOf(error.Error) : kode ?? Response.StatusCode;
        if (Kode is < 400 or > 599) Kode = 404;
        if (reexecuted) Response.StatusCode = Kode;
        // Messages the features throw on purpose are written for the user; anything else stays in the log.
        if (error?.Error is NotFoundException or ForbiddenException or DomainException or ValidationFailedException)
            Pesan = error.Error.Message;
        else if (error is not null)
            logger.LogError(error.Error, "Galat tak terduga pada {Method} {Path}; rujukan {Rujukan}",
                HttpContext.Request.Method, error.Path, Rujukan);
        return Page();
    }

    private static string ApiTitle(int code) => code switch
    {
        401 => "Belum masuk",
        403 => "Akses ditolak",
        404 => "Tidak ditemukan",
        405 => "Metode tidak diizinkan",
        415 => "Jenis isi tidak didukung",
        _ => "Permintaan tidak dapat diproses",
    };
}
