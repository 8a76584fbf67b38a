using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Pengumpulan.Kotak;

/// <summary>/api/v1 route of the inbox: what waits for the current user.</summary>
public static class KotakApi
{
    public static RouteGroupBuilder MapKotakApi(this RouteGroupBuilder api)
    {
        api.MapGet("/kotak-masuk", List).WithTags("Kotak Masuk").WithName("GetKotakMasuk")
            .WithSummary("Yang menunggu pengguna: formulir untuk diisi, diteruskan, disetujui atau diverifikasi, dengan batas waktu");
        return api;
    }

    private static async Task<Ok<List<KotakItemDto>>> List(AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await GetKotakMasuk.Handle(db, await me.ScopeAsync(ct), clock, ct));
}
