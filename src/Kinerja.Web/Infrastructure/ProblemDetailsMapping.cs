using Kinerja.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Infrastructure;

/// <summary>
/// Turns the exceptions features throw into RFC 7807 problem details with an Indonesian title,
/// so every endpoint answers bad input the same way.
/// </summary>
public class ProblemDetailsMapping(IProblemDetailsService problems, ILogger<ProblemDetailsMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails? problem = exception switch
        {
            DomainException e => new ValidationProblemDetails(
                new Dictionary<string, string[]> { [e.Field ?? ""] = [e.Message] })
            { Status = 422, Title = "Data tidak valid", Detail = e.Message },
            ValidationFailedException e => new ValidationProblemDetails(e.Errors)
            { Status = 422, Title = "Data tidak valid", Detail = e.Message },
            NotFoundException e => new ProblemDetails { Status = 404, Title = "Tidak ditemukan", Detail = e.Message },
            ForbiddenException e => new ProblemDetails { Status = 403, Title = "Akses ditolak", Detail = e.Message },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = 409, Title = "Konflik perubahan",
                Detail = "Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang lalu ulangi perubahan Anda.",
            },
            DbUpdateException e when IsUniqueViolation(e) => new ProblemDetails
            {
                Status = 409, Title = "Data sudah ada",
                Detail = "Data yang sama sudah tersimpan (mungkin baru saja dikirim dari tempat lain). Muat ulang untuk melihatnya.",
            },
            BadHttpRequestException e => new ProblemDetails { Status = 400, Title = "Permintaan tidak valid", Detail = e.Message },
            _ => null,
        };
        if (http.Response.HasStarted) return false;
        // Page requests go to the error page in the layout (ErrorPages), with the status chosen there.
        if (!ErrorPages.IsApi(http)) return false;
        if (problem is null)
        {
            // Unexpected: the caller gets a reference to quote, the log gets the exception under the same reference.
            logger.LogError(exception, "Galat tak terduga pada {Method} {Path}; rujukan {Rujukan}",
                http.Request.Method, http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value, http.TraceIdentifier);
            problem = new ProblemDetails
            {
                Status = 500, Title = "Terjadi kesalahan di server",
                Detail = $"Permintaan tidak dapat diselesaikan. Sebutkan rujukan {http.TraceIdentifier} kepada admin.",
                Extensions = { ["rujukan"] = http.TraceIdentifier },
            };
        }
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// Two identical creates racing past the feature's "already exists?" check meet the unique index;
    /// that is a conflict the user can resolve, not a server fault (issue 13, finding 6).
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
