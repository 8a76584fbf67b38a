using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>/api/v1 routes of collection rounds (pengumpulan data); a round's forms are in <see cref="FormatApi"/>.</summary>
public static class PengumpulanApi
{
    public static RouteGroupBuilder MapPengumpulanApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/pengumpulan").WithTags("Pengumpulan Data");
        g.MapGet("", List).WithName("ListPengumpulan")
            .WithSummary("Pengumpulan data dalam lingkup pengguna; saring per tahun dan perangkat daerah");
        g.MapPost("", Open).WithName("OpenPengumpulan").Refusals(403, 404, 422)
            .WithSummary("Membuka pengumpulan data satu triwulan: satu formulir per unit penanggung jawab, target dari Rencana Aksi");
        g.MapGet("/{id:int}", Get).WithName("GetPengumpulan").Refusals(404)
            .WithSummary("Pengumpulan data dengan formulir yang boleh dilihat pengguna");
        g.MapPost("/{id:int}/kunci", Lock).WithName("LockPengumpulan").Refusals(403, 404, 409, 422)
            .WithSummary("Mengunci pengumpulan data setelah semua formulir diverifikasi");
        return api;
    }

    /// <summary>The refusals a route may answer, as problem details in the OpenAPI document (422 with field errors).</summary>
    public static RouteHandlerBuilder Refusals(this RouteHandlerBuilder route, params int[] statuses)
    {
        foreach (var status in statuses)
            route = status == StatusCodes.Status422UnprocessableEntity ? route.ProducesValidationProblem(status) : route.ProducesProblem(status);
        return route;
    }

    private static async Task<Ok<List<PengumpulanSummaryDto>>> List(int? tahun, int? perangkatDaerahId, AppDbContext db, CurrentUser me, Clock clock,
        CancellationToken ct) =>
        TypedResults.Ok(await ListPengumpulan.Handle(tahun, perangkatDaerahId, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Created<PengumpulanDto>> Open(OpenPengumpulanRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (round, warnings) = await OpenPengumpulan.Handle(r, db, scope, clock, ct);
        return TypedResults.Created($"/api/v1/pengumpulan/{round.Id}", await GetPengumpulan.Handle(round.Id, db, scope, ct, warnings));
    }

    private static async Task<Ok<PengumpulanDto>> Get(int id, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await GetPengumpulan.Handle(id, db, await me.ScopeAsync(ct), ct));

    private static async Task<Ok<PengumpulanDto>> Lock(int id, LockPengumpulanRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LockPengumpulan.Handle(id, r, db, scope, clock, ct);
        db.ChangeTracker.Clear();
        return TypedResults.Ok(await GetPengumpulan.Handle(id, db, scope, ct));
    }
}
