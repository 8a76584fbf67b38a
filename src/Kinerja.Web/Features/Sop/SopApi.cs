using System.Text;
using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// /api/v1 routes of SOP definitions. Reads: whoever reads the OPD; writes: the plan editors
/// (see <see cref="SopAccess"/>). A definition travels as YAML text (docs/sop-definition.md).
/// </summary>
public static class SopApi
{
    public static RouteGroupBuilder MapSopApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/sop").WithTags("SOP");
        g.MapGet("", List).WithName("ListSop").WithSummary("SOP perangkat daerah dalam lingkup pengguna");
        g.MapGet("/{id:int}", Get).WithName("GetSop").WithSummary("Revisi terkini: identitas, pelaksana, langkah dan jumlah waktu");
        g.MapGet("/{id:int}/revisi", Revisions).WithName("ListSopRevisi").WithSummary("Semua revisi, terbaru dulu");
        g.MapGet("/{id:int}/pdf", DownloadSopPdf.Handle).WithName("DownloadSopPdf").WithSummary("SOP tercetak (tata letak PermenPANRB 35/2012) sebagai PDF; ?revisi= untuk revisi lama; 503 bila server tidak dapat membuat PDF");
        g.MapGet("/{id:int}/revisi/{revisi:int}/yaml", Export).WithName("ExportSopRevisi").WithSummary("Teks definisi satu revisi (text/yaml)");
        g.MapPost("", Create).WithName("CreateSop").WithSummary("SOP baru dari teks YAML; 422 dengan semua kesalahan per baris");
        g.MapPut("/{id:int}", Revise).WithName("ReviseSop").WithSummary("Revisi baru; 409 bila versi yang diubah sudah usang");
        g.MapPost("/import", Import).WithName("ImportSop").DisableAntiforgery().WithSummary("SOP baru dari berkas .yaml (multipart, kolom 'file')");
        return api;
    }

    private static async Task<Ok<List<SopDto>>> List(int? perangkatDaerahId, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await ListSop.Handle(perangkatDaerahId, db, await me.ScopeAsync(ct), ct));

    private static async Task<Ok<SopDetailDto>> Get(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var (sop, revisi) = await SopAccess.RevisiAsync(id, null, db, await me.ScopeAsync(ct), ct);
        return TypedResults.Ok(SopDetailDto.From(sop, SopDefinitionParser.Parse(revisi.Yaml)));
    }

    private static async Task<Ok<List<SopRevisiDto>>> Revisions(int id, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await ListSop.RevisionsAsync(id, db, await me.ScopeAsync(ct), ct));

    private static async Task<FileContentHttpResult> Export(int id, int revisi, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var (_, r) = await SopAccess.RevisiAsync(id, revisi, db, await me.ScopeAsync(ct), ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(r.Yaml), "text/yaml; charset=utf-8", $"sop-{id}-revisi-{r.Revisi}.yaml");
    }

    private static async Task<Created<SopDto>> Create(CreateSopRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        Created(await CreateSop.Handle(r, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Ok<SopDto>> Revise(int id, ReviseSopRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var sop = await ReviseSop.Handle(id, r, db, await me.ScopeAsync(ct), clock, ct);
        return TypedResults.Ok(Dto(sop, sop.Revisi.Single(x => x.Revisi == sop.RevisiTerakhir)));
    }

    private static async Task<Created<SopDto>> Import(int perangkatDaerahId, IFormFile? file, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await SopAccess.WritableOpdAsync(perangkatDaerahId, db, scope, ct);
        var yaml = await SopYaml.ReadAsync(file, ct);
        return Created(await CreateSop.Handle(new CreateSopRequest(perangkatDaerahId, yaml), db, scope, clock, ct));
    }

    private static Created<SopDto> Created(SopDokumen sop) =>
        TypedResults.Created($"/api/v1/sop/{sop.Id}", Dto(sop, sop.Revisi.Single()));

    private static SopDto Dto(SopDokumen sop, SopRevisi r) =>
        new(sop.Id, sop.PerangkatDaerahId, sop.PerangkatDaerah?.Nama ?? "", sop.Nama, r.Nomor, sop.RevisiTerakhir, r.TanggalEfektif, sop.Version);
}
