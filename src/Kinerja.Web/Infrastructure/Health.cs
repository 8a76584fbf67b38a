using Kinerja.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Infrastructure;

public static class Health
{
    /// <summary>Healthy only when the database answers a query against our own schema.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/healthz", async (AppDbContext db, DatabaseInfo info, CancellationToken ct) =>
        {
            try
            {
                var pemda = await db.Pemda.CountAsync(ct);
                return Results.Ok(new { status = "sehat", database = info.Provider.ToString(), pemda });
            }
            catch (Exception e)
            {
                return Results.Problem(statusCode: 503, title: "Basis data tidak dapat dihubungi", detail: e.Message);
            }
        }).AllowAnonymous().WithTags("Sistem").WithName("Health");
}
