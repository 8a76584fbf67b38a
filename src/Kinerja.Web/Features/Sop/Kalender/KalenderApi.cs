using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Sop.Kalender;

/// <summary>/api/v1 routes of a Pemda's working-day calendar: office hours and holidays.</summary>
public static class KalenderApi
{
    public static RouteGroupBuilder MapKalenderApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/pemda/{id:int}/kalender").WithTags("Kalender kerja");
        g.MapGet("", Get).WithName("GetKalenderKerja").WithSummary("Jam kerja per hari dan hari libur Pemda (saring per tahun)");
        g.MapPut("", PutJamKerja).WithName("SaveJamKerja").WithSummary("Mengubah jam kerja per hari (Admin Pemda; dengan version)");
        g.MapPost("/libur", AddLibur).WithName("AddHariLibur").WithSummary("Menambah hari libur (libur nasional, cuti bersama, libur daerah)");
        g.MapPut("/libur/{liburId:int}", PutLibur).WithName("SaveHariLibur").WithSummary("Mengubah satu hari libur (dengan version)");
        g.MapDelete("/libur/{liburId:int}", DeleteLibur).WithName("DeleteHariLibur").WithSummary("Menghapus satu hari libur");
        return api;
    }

    private static async Task<Ok<KalenderDto>> Get(int id, int? tahun, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await GetKalender.Handle(id, tahun, db, await me.ScopeAsync(ct), ct));

    private static async Task<Ok<KalenderDto>> PutJamKerja(int id, SaveJamKerjaRequest r, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await SaveJamKerja.Handle(id, r, db, await me.ScopeAsync(ct), ct));

    private static async Task<Created<HariLiburDto>> AddLibur(int id, HariLiburRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var row = await SaveHariLibur.Handle(id, null, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Created($"/api/v1/pemda/{id}/kalender/libur/{row.Id}", row);
    }

    private static async Task<Ok<HariLiburDto>> PutLibur(int id, int liburId, HariLiburRequest r, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await SaveHariLibur.Handle(id, liburId, r, db, await me.ScopeAsync(ct), ct));

    private static async Task<NoContent> DeleteLibur(int id, int liburId, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await DeleteHariLibur.Handle(id, liburId, db, await me.ScopeAsync(ct), ct);
        return TypedResults.NoContent();
    }
}
