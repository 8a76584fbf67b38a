using Kinerja.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Infrastructure;

/// <summary>
/// Where an error ends up: API routes answer RFC 7807 problem details (<see cref="ProblemDetailsMapping"/>),
/// every other route the error page inside the layout, so a user who follows a stale link or meets a fault
/// still has the navigation and an Indonesian sentence — never raw JSON or a blank page.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/Galat";

    /// <summary>Was the request an API call? While an exception is handled the path already is the error page's,
    /// so the original path comes from the handler's feature.</summary>
    public static bool IsApi(HttpContext http) =>
        new PathString(http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value).StartsWithSegments("/api");

    /// <summary>The status a page request gets for an exception the features throw on purpose.</summary>
    public static int StatusOf(Exception e) => e switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException => StatusCodes.Status403Forbidden,
        DomainException or ValidationFailedException => StatusCodes.Status422UnprocessableEntity,
        DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        BadHttpRequestException b => b.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static WebApplication UseKinerjaErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Path,
            StatusCodeSelector = StatusOf,
        });
        // Empty error answers (a page's NotFound(), an unknown URL) are re-executed on the error page, which
        // answers problem details itself when the original request was an API call. (A UseWhen branch cannot
        // re-execute: the branch has no routing of its own.)
        app.UseStatusCodePagesWithReExecute(Path + "/{0}");
        return app;
    }
}
