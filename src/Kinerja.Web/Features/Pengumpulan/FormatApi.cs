using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// /api/v1 routes of a unit's data form (Format Data Kinerja): read it, save draft values, and one route per step of
/// the validation chain, each answering the form as it is afterwards. Evidence, the workbook and the Pemda recap
/// have their own files (Bukti/, Excel/, Pemda/) under the same /format-data/{id} path.
/// </summary>
public static class FormatApi
{
    public static RouteGroupBuilder MapFormatApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/format-data").WithTags("Pengumpulan Data");
        g.MapGet("/{id:int}", Get).WithName("GetFormat").Refusals(404)
            .WithSummary("Formulir: baris indikator dengan capaian dan predikat, sub-kegiatan dengan serapan, pemeriksaan, hak pengguna, riwayat");
        g.MapPut("/{id:int}", Save).WithName("SaveFormat").Refusals(403, 404, 409, 422)
            .WithSummary("Menyimpan draf isian (per baris dengan versi; 409 bila baris sudah diubah orang lain)");
        g.MapPost("/{id:int}/ajukan", Submit).WithName("SubmitFormat").Refusals(403, 404, 409, 422)
            .WithSummary("Unit mengajukan formulir (pemeriksaan: galat menolak, peringatan perlu konfirmasi)");
        g.MapPost("/{id:int}/teruskan", Forward).WithName("ForwardFormat").Refusals(403, 404, 409, 422)
            .WithSummary("Kepala Seksi meneruskan formulir ke Kepala Bidang");
        g.MapPost("/{id:int}/setujui", Approve).WithName("ApproveFormat").Refusals(403, 404, 409, 422)
            .WithSummary("Kepala Bidang (atau Sekretaris) menyetujui formulir");
        g.MapPost("/{id:int}/kembalikan", Return).WithName("ReturnFormat").Refusals(403, 404, 409, 422)
            .WithSummary("Validator mengembalikan formulir ke unit dengan catatan (untuk formulir dan/atau per baris; wajib)");
        g.MapPost("/{id:int}/verifikasi", Verify).WithName("VerifyFormat").Refusals(403, 404, 409, 422)
            .WithSummary("Kasubag Perencanaan memverifikasi formulir, yang menguncinya");
        g.MapPost("/{id:int}/buka-kembali", Reopen).WithName("ReopenFormat").Refusals(403, 404, 409, 422)
            .WithSummary("Membuka kembali formulir yang terkunci dengan alasan (wajib)");
        g.MapGet("/{id:int}/riwayat-nilai", History).WithName("GetCellHistory").Refusals(404)
            .WithSummary("Riwayat perubahan satu baris (baris=indikator:ID atau anggaran:ID): nilai lama, baru, siapa, kapan, alasan");
        return api;
    }

    private static async Task<Ok<FormatDto>> Get(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await GetFormat.Handle(id, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Ok<FormatDto>> Save(int id, SaveFormatRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        // The saved form is answered as it is in memory (versions bumped by the save): one load per autosave, not two.
        var format = await SaveFormat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await GetFormat.Handle(format, db, scope, clock, ct));
    }

    private static async Task<Ok<FormatDto>> Submit(int id, SubmitFormatRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await SubmitFormat.Handle(id, r, db, scope, clock, ct);
        return await FreshAsync(id, db, scope, clock, ct);
    }

    private static async Task<Ok<FormatDto>> Forward(int id, FormatStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await ForwardFormat.Handle(id, r, db, scope, clock, ct);
        return await FreshAsync(id, db, scope, clock, ct);
    }

    private static async Task<Ok<FormatDto>> Approve(int id, FormatStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await ApproveFormat.Handle(id, r, db, scope, clock, ct);
        return await FreshAsync(id, db, scope, clock, ct);
    }

    private static async Task<Ok<FormatDto>> Return(int id, ReturnFormatRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await ReturnFormat.Handle(id, r, db, scope, clock, ct);
        return await FreshAsync(id, db, scope, clock, ct);
    }

    private static async Task<Ok<FormatDto>> Verify(int id, FormatStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await VerifyFormat.Handle(id, r, db, scope, clock, ct);
        return await FreshAsync(id, db, scope, clock, ct);
    }

    private static async Task<Ok<FormatDto>> Reopen(int id, ReopenFormatRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await ReopenFormat.Handle(id, r, db, scope, clock, ct);
        return await FreshAsync(id, db, scope, clock, ct);
    }

    private static async Task<Ok<List<CellChangeDto>>> History(int id, string? baris, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await GetCellHistory.Handle(id, baris, db, await me.ScopeAsync(ct), ct));

    /// <summary>The form as stored after the step (its history included), read afresh rather than from the tracked step.</summary>
    private static async Task<Ok<FormatDto>> FreshAsync(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return TypedResults.Ok(await GetFormat.Handle(id, db, scope, clock, ct));
    }
}
