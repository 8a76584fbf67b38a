using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// The pages' first addresses (/Pengumpulan/Putaran/{id}, /Pengumpulan/Formulir/{id}[/Bukti|/Excel|/Riwayat]) answer a
/// permanent redirect to today's, query string kept: links in letters, e-mails and bookmarks already out keep working.
/// </summary>
public static class OldPageUrls
{
    private static readonly string[] SubPages = ["Bukti", "Excel", "Riwayat"];

    public static IEndpointRouteBuilder MapPengumpulanOldUrls(this IEndpointRouteBuilder app)
    {
        app.MapGet("/Pengumpulan/Putaran/{id:int}", Pengumpulan).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/Pengumpulan/Formulir/{id:int}/{page?}", Format).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static RedirectHttpResult Pengumpulan(int id, HttpRequest request) =>
        TypedResults.Redirect($"/Pengumpulan/{id}{request.QueryString}", permanent: true);

    private static Results<RedirectHttpResult, NotFound> Format(int id, string? page, HttpRequest request)
    {
        var sub = page is null ? "" : SubPages.FirstOrDefault(p => p.Equals(page, StringComparison.OrdinalIgnoreCase));
        return sub is null ? TypedResults.NotFound()
            : TypedResults.Redirect($"/Pengumpulan/Format/{id}{(sub.Length == 0 ? "" : "/" + sub)}{request.QueryString}", permanent: true);
    }
}
