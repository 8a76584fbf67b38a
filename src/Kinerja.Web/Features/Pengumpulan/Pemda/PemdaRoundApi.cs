using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Pengumpulan.PemdaWide;

/// <summary>/api/v1 routes of the Pemda-wide round in which the planning agency collects each OPD's locked recap.</summary>
public static class PemdaRoundApi
{
    public static RouteGroupBuilder MapPemdaRoundApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Pengumpulan Data Tingkat Pemda");
        g.MapGet("/pengumpulan/pemda", List).WithName("ListPengumpulanDataPemda")
            .WithSummary("Kelengkapan pengumpulan tingkat Pemda: per perangkat daerah, status putarannya sendiri dan formulir Pemdanya");
        g.MapPost("/pengumpulan/pemda", Open).WithName("OpenPengumpulanDataPemda")
            .WithSummary("Membuka pengumpulan data tingkat Pemda (Bappeda): satu formulir per perangkat daerah berisi IKU-nya, rekap yang terkunci disalin");
        g.MapPost("/formulir/{id:int}/ambil-rekap", Recap).WithName("TakeRecapFormatDataKinerja")
            .WithSummary("Mengambil rekap putaran perangkat daerah yang sudah dikunci ke formulir tingkat Pemda");
        return api;
    }

    private static async Task<Ok<List<PemdaOpdStatusDto>>> List(int? tahun, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await ListPemdaRounds.Handle(tahun, db, await me.ScopeAsync(ct), ct));

    private static async Task<Created<RoundDto>> Open(OpenPemdaRoundRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (round, warnings) = await OpenPemdaRound.Handle(r, db, scope, clock, ct);
        db.ChangeTracker.Clear();
        return TypedResults.Created($"/api/v1/pengumpulan/{round.Id}", await GetRound.Handle(round.Id, db, scope, ct, warnings));
    }

    private static async Task<Ok<FormDto>> Recap(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await TakeRecap.Handle(id, db, scope, ct);
        db.ChangeTracker.Clear();
        return TypedResults.Ok(await GetForm.Handle(id, db, scope, clock, ct));
    }
}
