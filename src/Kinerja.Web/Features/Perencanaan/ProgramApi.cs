using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

public record ProgramDto(int Id, int PerangkatDaerahId, ProgramLevel Level, int? ParentId, string Kode, string Nama, int? SasaranId,
    long? Pagu, int Version, int? UnitKerjaId);

/// <summary>/api/v1 routes of Program → Kegiatan → Sub-kegiatan and their yearly pagu.</summary>
public static class ProgramApi
{
    public static RouteGroupBuilder MapProgramApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/program").WithTags("Perencanaan");
        g.MapGet("", List).WithName("ListProgram").WithSummary("Program, kegiatan dan sub-kegiatan dengan pagu tahun yang diminta");
        g.MapPost("", Post).WithName("CreateProgram");
        g.MapPut("/{id:int}", Put).WithName("UpdateProgram");
        g.MapDelete("/{id:int}", Delete).WithName("DeleteProgram");
        g.MapPut("/{id:int}/pagu/{tahun:int}", PutPagu).WithName("SetPagu").WithSummary("Pagu tahunan dalam rupiah penuh");
        return api;
    }

    private static async Task<Ok<List<ProgramDto>>> List(int perangkatDaerahId, int tahun, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await PlanAccess.ReadableOpdAsync(perangkatDaerahId, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Ok(await db.ProgramKegiatan.Where(p => p.PerangkatDaerahId == perangkatDaerahId).OrderBy(p => p.Kode)
            .Select(p => new ProgramDto(p.Id, p.PerangkatDaerahId, p.Level, p.ParentId, p.Kode, p.Nama, p.SasaranId,
                p.Pagu.Where(x => x.Tahun == tahun).Select(x => (long?)x.Jumlah).FirstOrDefault(), p.Version, p.UnitKerjaId)).ToListAsync(ct));
    }

    private static ProgramDto Dto(ProgramKegiatan p, long? pagu = null) =>
        new(p.Id, p.PerangkatDaerahId, p.Level, p.ParentId, p.Kode, p.Nama, p.SasaranId, pagu, p.Version, p.UnitKerjaId);

    private static async Task<Created<ProgramDto>> Post(SaveProgramRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var p = await SaveProgramKegiatan.Handle(null, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Created($"/api/v1/program/{p.Id}", Dto(p));
    }

    private static async Task<Ok<ProgramDto>> Put(int id, SaveProgramRequest r, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(Dto(await SaveProgramKegiatan.Handle(id, r, db, await me.ScopeAsync(ct), ct)));

    private static async Task<NoContent> Delete(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await SaveProgramKegiatan.Delete(id, db, await me.ScopeAsync(ct), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ProgramDto>> PutPagu(int id, int tahun, SetPaguRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var pagu = await SetPagu.Handle(id, tahun, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Ok(Dto(await db.ProgramKegiatan.SingleAsync(p => p.Id == id, ct), pagu.Jumlah));
    }
}
