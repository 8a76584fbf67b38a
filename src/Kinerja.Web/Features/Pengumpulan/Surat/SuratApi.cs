using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

public record SuratTemplateDto(int PerangkatDaerahId, SuratJenis Jenis, string FormatNomor, bool IsDefault, string? NamaFile, string? DiunggahOleh,
    DateTime? DiunggahUtc, IReadOnlyDictionary<string, string> Penanda);

/// <summary>/api/v1 routes of a round's letters: drafts, the chain's steps, the DOCX, read receipts, the OPD's templates, the inbox.</summary>
public static class SuratApi
{
    public static RouteGroupBuilder MapSuratApi(this RouteGroupBuilder api)
    {
        var round = api.MapGroup("/pengumpulan/{pengumpulanId:int}/surat").WithTags("Surat Pengumpulan").AddEndpointFilter(StateConflict);
        round.MapGet("", List).WithName("ListSuratPengumpulan").Refusals(404)
            .WithSummary("SK dan Surat Pemberitahuan sebuah pengumpulan data yang boleh dilihat pengguna");
        round.MapPost("", Create).WithName("CreateSurat").Refusals(403, 404, 422)
            .WithSummary("Draf SK atau Surat Pemberitahuan; penerima = unit yang memiliki formulir di pengumpulan data");

        var surat = api.MapGroup("/surat").WithTags("Surat Pengumpulan").AddEndpointFilter(StateConflict);
        surat.MapGet("/inbox", Inbox).WithName("SuratInbox").WithSummary("Surat yang menunggu pengguna: koreksi, paraf, tanda tangan, penggandaan, distribusi, arsip, atau belum dibaca");
        surat.MapGet("/{id:int}", Get).WithName("GetSuratPengumpulan").WithSummary("Surat dengan riwayat, penerima dan tanda terima baca, serta langkah yang boleh diambil pengguna");
        surat.MapPut("/{id:int}", Update).WithName("UpdateSuratPengumpulan").WithSummary("Mengubah perihal dan isi selama draf/koreksi (409 bila versi usang)");
        surat.MapPost("/{id:int}/baca", MarkRead).WithName("MarkSuratRead").WithSummary("Mencatat tanda terima baca untuk unit pengguna");
        surat.MapPost("/{id:int}/ajukan", Submit).WithName("SubmitSurat").Refusals(403, 404, 409, 422)
            .WithSummary("Penyusun mengajukan draf untuk dikoreksi Kasubag Perencanaan");
        surat.MapPost("/{id:int}/koreksi", Correct).WithName("CorrectSurat").Refusals(403, 404, 409, 422)
            .WithSummary("Kasubag Perencanaan selesai mengoreksi (catatan opsional); surat menunggu paraf");
        surat.MapPost("/{id:int}/paraf", Paraf).WithName("ParafSurat").Refusals(403, 404, 409, 422)
            .WithSummary("Paraf Kasubag Perencanaan, lalu Sekretaris (tidak dua kali oleh orang yang sama dalam satu putaran koreksi)");
        surat.MapPost("/{id:int}/tolak", Refuse).WithName("RefuseSurat").Refusals(403, 404, 409, 422)
            .WithSummary("Menolak paraf atau tanda tangan dengan alasan (wajib); surat kembali ke koreksi");
        surat.MapPost("/{id:int}/tanda-tangan", Sign).WithName("SignSurat").Refusals(403, 404, 409, 422)
            .WithSummary("Kepala menandatangani; surat mendapat nomor berikutnya dan dokumen finalnya disimpan");
        surat.MapPost("/{id:int}/gandakan", Duplicate).WithName("DuplicateSurat").Refusals(403, 404, 409, 422)
            .WithSummary("Menandai surat yang ditandatangani sudah digandakan");
        surat.MapPost("/{id:int}/distribusikan", Distribute).WithName("DistributeSurat").Refusals(403, 404, 409, 422)
            .WithSummary("Mendistribusikan surat ke kotak masuk setiap unit penerima");
        surat.MapPost("/{id:int}/arsipkan", Archive).WithName("ArchiveSurat").Refusals(403, 404, 409, 422)
            .WithSummary("Mengarsipkan surat yang sudah didistribusikan");
        surat.MapGet("/{id:int}/docx", Docx).WithName("DownloadSuratPengumpulanDocx").WithSummary("Surat sebagai DOCX; setelah ditandatangani: dokumen final bernomor");
        surat.MapGet("/template/{perangkatDaerahId:int}/{jenis}", GetTemplate).WithName("DownloadSuratTemplate")
            .WithSummary("Templat DOCX yang berlaku (jenis: sk atau surat-pemberitahuan)");
        surat.MapPut("/template/{perangkatDaerahId:int}/{jenis}", PutTemplate).WithName("UploadSuratTemplate").DisableAntiforgery()
            .WithSummary("Mengganti templat DOCX (multipart: 'file', opsional 'formatNomor'); penanda tak dikenal atau berkas rusak ditolak");
        return api;
    }

    /// <summary>A step that does not fit the letter's status (taken already, or too early) is a conflict: 409, not bad input.</summary>
    private static async ValueTask<object?> StateConflict(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try { return await next(context); }
        catch (SuratStateException e)
        {
            return TypedResults.Problem(new ValidationProblemDetails(new Dictionary<string, string[]> { [e.Field ?? ""] = [e.Message] })
            { Status = 409, Title = "Status surat tidak sesuai", Detail = e.Message });
        }
    }

    private static async Task<Ok<List<SuratSummaryDto>>> List(int pengumpulanId, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await GetSurat.ListAsync(pengumpulanId, db, await me.ScopeAsync(ct), ct));

    private static async Task<Created<SuratDto>> Create(int pengumpulanId, CreateSuratRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var s = await CreateSurat.Handle(pengumpulanId, r, db, scope, clock, ct);
        return TypedResults.Created($"/api/v1/surat/{s.Id}", await Fresh(s.Id, db, scope, ct));
    }

    private static async Task<Ok<List<SuratInboxItem>>> Inbox(AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await SuratInbox.PendingForAsync(db, await me.ScopeAsync(ct), ct));

    private static async Task<Ok<SuratDto>> Get(int id, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await GetSurat.Handle(id, db, await me.ScopeAsync(ct), ct));

    private static async Task<Ok<SuratDto>> Update(int id, UpdateSuratRequest r, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await UpdateSurat.Handle(id, r, db, scope, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> MarkRead(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await MarkSuratRead.Handle(id, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> Submit(int id, SuratStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await SubmitSurat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> Correct(int id, SuratStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await CorrectSurat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> Paraf(int id, SuratStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await ParafSurat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> Refuse(int id, SuratStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await RefuseSurat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> Sign(int id, SuratStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await SignSurat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> Duplicate(int id, SuratStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await DuplicateSurat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> Distribute(int id, SuratStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await DistributeSurat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<Ok<SuratDto>> Archive(int id, SuratStepRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await ArchiveSurat.Handle(id, r, db, scope, clock, ct);
        return TypedResults.Ok(await Fresh(id, db, scope, ct));
    }

    private static async Task<FileContentHttpResult> Docx(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var s = await SuratAccess.LoadAsync(id, db, await me.ScopeAsync(ct), ct);
        var bytes = s.DokumenFinal ?? await SuratDocument.RenderAsync(s, db, clock, ct);
        return TypedResults.File(bytes, SuratDocument.ContentType, SuratDocument.FileName(s));
    }

    private static async Task<FileContentHttpResult> GetTemplate(int perangkatDaerahId, string jenis, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var kind = SuratTemplates.ParseJenis(jenis);
        var (opd, _) = await SuratTemplates.OpdAsync(perangkatDaerahId, db, await me.ScopeAsync(ct), ct);
        var t = await SuratTemplates.CurrentAsync(opd.Id, kind, db, ct);
        return TypedResults.File(t.Docx, SuratDocument.ContentType, $"templat-{SuratTemplates.Slug(kind)}-{opd.Kode.ToLowerInvariant()}.docx");
    }

    private static async Task<Ok<SuratTemplateDto>> PutTemplate(int perangkatDaerahId, string jenis, IFormFile? file, [FromForm] string? formatNomor,
        AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var kind = SuratTemplates.ParseJenis(jenis);
        var scope = await me.ScopeAsync(ct);
        byte[]? bytes = null;
        if (file is not null && file.Length <= SuratTemplates.MaxBytes)
        {
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            bytes = ms.ToArray();
        }
        else if (file is not null) bytes = new byte[SuratTemplates.MaxBytes + 1];
        var t = await SuratTemplates.UploadAsync(perangkatDaerahId, kind, bytes, file?.FileName, formatNomor, db, scope, clock, ct);
        return TypedResults.Ok(new SuratTemplateDto(perangkatDaerahId, kind, t.FormatNomor, t.IsDefault, t.NamaFile, t.DiunggahOleh, t.DiunggahUtc,
            Domain.Pengumpulan.SuratPlaceholder.Known));
    }

    private static async Task<SuratDto> Fresh(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await GetSurat.Handle(id, db, scope, ct);
    }
}
