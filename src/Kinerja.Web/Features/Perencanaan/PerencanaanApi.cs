using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>/api/v1 routes of the plan: Renstra → Tujuan → Sasaran → Indikator with targets.</summary>
public static class PerencanaanApi
{
    public static RouteGroupBuilder MapPerencanaanApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Perencanaan");
        g.MapGet("/renstra", ListRenstra).WithName("ListRenstra").WithSummary("Renstra dalam lingkup pengguna");
        g.MapGet("/renstra/{id:int}", GetRenstra).WithName("GetRenstra").WithSummary("Renstra lengkap: tujuan, sasaran, indikator dan target");
        g.MapPost("/renstra", PostRenstra).WithName("CreateRenstra");
        g.MapPut("/renstra/{id:int}", PutRenstra).WithName("UpdateRenstra");
        g.MapPost("/renstra/{id:int}/tujuan", PostTujuan).WithName("CreateTujuan");
        g.MapPut("/tujuan/{id:int}", PutTujuan).WithName("UpdateTujuan");
        g.MapDelete("/tujuan/{id:int}", RemoveTujuan).WithName("DeleteTujuan");
        g.MapPost("/tujuan/{id:int}/sasaran", PostSasaran).WithName("CreateSasaran");
        g.MapPut("/sasaran/{id:int}", PutSasaran).WithName("UpdateSasaran");
        g.MapDelete("/sasaran/{id:int}", RemoveSasaran).WithName("DeleteSasaran");
        g.MapPost("/sasaran/{id:int}/indikator", PostIndikator).WithName("CreateIndikator");
        g.MapGet("/indikator/{id:int}", GetIndikator).WithName("GetIndikator");
        g.MapGet("/indikator/{id:int}/capaian", GetCapaian).WithName("GetIndikatorCapaian")
            .WithSummary("Capaian indikator untuk satu periode (TW2, S1, TAHUNAN, SD_TW3) dari target dan realisasi yang tersimpan");
        g.MapPut("/indikator/{id:int}", PutIndikator).WithName("UpdateIndikator");
        g.MapDelete("/indikator/{id:int}", RemoveIndikator).WithName("DeleteIndikator");
        g.MapGet("/pemda/{id:int}/capaian-settings", GetSettings).WithName("GetCapaianSettings").WithSummary("Skala predikat dan ambang efisiensi Pemda");
        g.MapPut("/pemda/{id:int}/capaian-settings", PutSettings).WithName("SaveCapaianSettings");
        g.MapPost("/capaian/preview", Preview).WithName("PreviewCapaian")
            .WithSummary("Hitung capaian dan predikat dari pengaturan indikator, target dan realisasi (tanpa menyimpan)");
        return api;
    }

    private static async Task<Ok<List<RenstraDto>>> ListRenstra(int? perangkatDaerahId, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var opds = await scope.PerangkatDaerah(db.PerangkatDaerah).Select(o => o.Id).ToListAsync(ct);
        var q = db.Renstra.Where(r => opds.Contains(r.PerangkatDaerahId));
        if (perangkatDaerahId is int opd) q = q.Where(r => r.PerangkatDaerahId == opd);
        return TypedResults.Ok(await q.OrderBy(r => r.PerangkatDaerahId).ThenBy(r => r.TahunAwal)
            .Select(r => new RenstraDto(r.Id, r.PerangkatDaerahId, r.Nama, r.TahunAwal, r.TahunAkhir, r.Version)).ToListAsync(ct));
    }

    private static async Task<Ok<RenstraTreeDto>> GetRenstra(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await PlanAccess.RenstraAsync(id, db, await me.ScopeAsync(ct), write: false, ct);
        var renstra = await db.Renstra.AsNoTracking().AsSplitQuery()
            .Include(r => r.Tujuan).ThenInclude(t => t.Sasaran).ThenInclude(s => s.Indikator).ThenInclude(i => i.Targets)
            .Include(r => r.Tujuan).ThenInclude(t => t.Sasaran).ThenInclude(s => s.Indikator).ThenInclude(i => i.Units)
            .SingleAsync(r => r.Id == id, ct);
        return TypedResults.Ok(RenstraTree.From(renstra));
    }

    private static async Task<Created<RenstraDto>> PostRenstra(SaveRenstraRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var x = await SaveRenstra.Handle(null, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Created($"/api/v1/renstra/{x.Id}", new RenstraDto(x.Id, x.PerangkatDaerahId, x.Nama, x.TahunAwal, x.TahunAkhir, x.Version));
    }

    private static async Task<Ok<RenstraDto>> PutRenstra(int id, SaveRenstraRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var x = await SaveRenstra.Handle(id, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Ok(new RenstraDto(x.Id, x.PerangkatDaerahId, x.Nama, x.TahunAwal, x.TahunAkhir, x.Version));
    }

    private static async Task<Created<TujuanDto>> PostTujuan(int id, SaveUraianRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var t = await SaveTujuanSasaran.AddTujuan(id, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Created($"/api/v1/renstra/{id}", new TujuanDto(t.Id, t.Kode, t.Uraian, t.Version, []));
    }

    private static async Task<Ok<TujuanDto>> PutTujuan(int id, SaveUraianRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var t = await SaveTujuanSasaran.UpdateTujuan(id, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Ok(new TujuanDto(t.Id, t.Kode, t.Uraian, t.Version, []));
    }

    private static async Task<NoContent> RemoveTujuan(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await SaveTujuanSasaran.DeleteTujuan(id, db, await me.ScopeAsync(ct), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<SasaranDto>> PostSasaran(int id, SaveUraianRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var s = await SaveTujuanSasaran.AddSasaran(id, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Created($"/api/v1/sasaran/{s.Id}", new SasaranDto(s.Id, s.Kode, s.Uraian, s.Version, []));
    }

    private static async Task<Ok<SasaranDto>> PutSasaran(int id, SaveUraianRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var s = await SaveTujuanSasaran.UpdateSasaran(id, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Ok(new SasaranDto(s.Id, s.Kode, s.Uraian, s.Version, []));
    }

    private static async Task<NoContent> RemoveSasaran(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await SaveTujuanSasaran.DeleteSasaran(id, db, await me.ScopeAsync(ct), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<IndikatorDto>> PostIndikator(int id, SaveIndikatorRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var i = await SaveIndikator.Handle(id, null, r, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Created($"/api/v1/indikator/{i.Id}", IndikatorDto.From(i));
    }

    private static async Task<Ok<IndikatorDto>> GetIndikator(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var (i, _) = await PlanAccess.IndikatorAsync(id, db, await me.ScopeAsync(ct), write: false, ct);
        return TypedResults.Ok(IndikatorDto.From(i));
    }

    /// <param name="terkunci">true: only locked forms count; otherwise every form submitted or beyond.</param>
    private static async Task<Ok<IndikatorCapaianDto>> GetCapaian(int id, int? tahun, string? periode, bool? terkunci, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await GetIndikatorCapaian.Handle(id, tahun, periode, terkunci ?? false, db, await me.ScopeAsync(ct), ct));

    private static async Task<Ok<IndikatorDto>> PutIndikator(int id, SaveIndikatorRequest r, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(IndikatorDto.From(await SaveIndikator.Handle(null, id, r, db, await me.ScopeAsync(ct), ct)));

    /// <summary>Under the caller's own Pemda scale (the first Pemda of their jabatan).</summary>
    private static async Task<Ok<CapaianPreviewResponse>> Preview(CapaianPreviewRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        return TypedResults.Ok(CapaianPreview.Handle(r, await PemdaScales.PredikatAsync(db, scope.Jabatan.FirstOrDefault()?.PemdaId, ct)));
    }

    private static async Task<Ok<CapaianSettingsDto>> GetSettings(int id, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await SaveCapaianSettings.GetAsync(id, db, await me.ScopeAsync(ct), ct));

    private static async Task<Ok<CapaianSettingsDto>> PutSettings(int id, CapaianSettingsDto r, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await SaveCapaianSettings.Handle(id, r, db, await me.ScopeAsync(ct), ct));

    private static async Task<NoContent> RemoveIndikator(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await DeleteIndikator.Handle(id, db, await me.ScopeAsync(ct), ct);
        return TypedResults.NoContent();
    }
}
