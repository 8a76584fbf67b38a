using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Pengumpulan.PemdaWide;

/// <summary>/api/v1 routes of the Pemda-wide round in which the planning agency collects each OPD's locked recap.</summary>
public static class PengumpulanPemdaApi
{
    public static RouteGroupBuilder MapPengumpulanPemdaApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Pengumpulan Data Tingkat Pemda");
        g.MapGet("/pengumpulan/pemda", List).WithName("ListPengumpulanPemda")
            .WithSummary("Kelengkapan pengumpulan tingkat Pemda: per perangkat daerah, status putarannya sendiri dan formulir Pemdanya");
        g.MapPost("/pengumpulan/pemda", Open).WithName("OpenPengumpulanPemda")
            .WithSummary("Membuka pengumpulan data tingkat Pemda (Bappeda): satu formulir per perangkat daerah berisi IKU-nya, rekap yang terkunci disalin");
        g.MapPost("/format-data/{id:int}/ambil-rekap", Rekap).WithName("TakeRekap")
            .WithSummary("Mengambil rekap putaran perangkat daerah yang sudah dikunci ke formulir tingkat Pemda");
        return api;
    }

    private static async Task<Ok<List<PemdaOpdStatusDto>>> List(int? tahun, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await ListPengumpulanPemda.Handle(tahun, db, await me.ScopeAsync(ct), ct));

    private static async Task<Created<PengumpulanDto>> Open(OpenPengumpulanPemdaRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (round, warnings) = await OpenPengumpulanPemda.Handle(r, db, scope, clock, ct);
        db.ChangeTracker.Clear();
        return TypedResults.Created($"/api/v1/pengumpulan/{round.Id}", await GetPengumpulan.Handle(round.Id, db, scope, ct, warnings));
    }

    private static async Task<Ok<FormatDto>> Rekap(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await TakeRekap.Handle(id, db, scope, ct);
        db.ChangeTracker.Clear();
        return TypedResults.Ok(await GetFormat.Handle(id, db, scope, clock, ct));
    }
}
