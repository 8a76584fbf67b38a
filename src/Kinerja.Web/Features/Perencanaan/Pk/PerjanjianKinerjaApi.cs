using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>/api/v1 routes of the Perjanjian Kinerja, its indicator rows, signing, revision, Rencana Aksi and document.</summary>
public static class PerjanjianKinerjaApi
{
    private const string Base = "/perjanjian-kinerja";

    public static RouteGroupBuilder MapPerjanjianKinerjaApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup(Base).WithTags("Perjanjian Kinerja");
        g.MapGet("", List).WithName("ListPerjanjianKinerja").WithSummary("PK dalam lingkup pengguna, semua versi; saring per tahun dan perangkat daerah");
        g.MapGet("/{id:int}", Get).WithName("GetPerjanjianKinerja").WithSummary("PK: para pihak, indikator, target, cascade, Rencana Aksi dengan peringatan, riwayat versi");
        g.MapPost("", Create).WithName("CreatePerjanjianKinerja").WithSummary("Draf PK sebuah jabatan untuk satu tahun");
        g.MapPost("/{id:int}/indikator", AddRow).WithName("AddPerjanjianKinerjaIndikator");
        g.MapPut("/{id:int}/indikator/{rowId:int}", UpdateRow).WithName("UpdatePerjanjianKinerjaIndikator");
        g.MapDelete("/{id:int}/indikator/{rowId:int}", RemoveRow).WithName("DeletePerjanjianKinerjaIndikator");
        g.MapPost("/{id:int}/sign", Sign).WithName("SignPerjanjianKinerja").WithSummary("Mencatat penandatanganan PK (sekali saja)");
        g.MapPost("/{id:int}/revise", Revise).WithName("RevisePerjanjianKinerja").WithSummary("PK perubahan: versi baru dari PK yang sudah ditandatangani");
        g.MapPut("/{id:int}/rencana-aksi", PutRencanaAksi).WithName("SaveRencanaAksi")
            .WithSummary("Target TW I–IV, aksi, anggaran, penanggung jawab; selisih dengan target tahunan harus dikonfirmasi");
        g.MapGet("/{id:int}/rencana-aksi/xlsx", DownloadRencanaAksi).WithName("DownloadRencanaAksiXlsx")
            .WithSummary("Rencana Aksi PK sebagai XLSX: indikator, target tahunan, target TW I–IV, aksi, anggaran, penanggung jawab");
        g.MapPost("/{id:int}/rencana-aksi/xlsx", UploadRencanaAksi).WithName("UploadRencanaAksiXlsx").DisableAntiforgery()
            .WithSummary("Unggah kembali XLSX Rencana Aksi; semua baris atau tidak sama sekali; selisih dengan target tahunan perlu konfirmasi=true");
        g.MapGet("/{id:int}/docx", Download).WithName("DownloadPerjanjianKinerjaDocx").WithSummary("Dokumen PK (DOCX)");
        g.MapGet("/{id:int}/pdf", DownloadPdf).WithName("DownloadPerjanjianKinerjaPdf")
            .WithSummary("Dokumen PK (PDF) dicetak di server oleh Chromium dari tampilan cetak; 503 bila Chromium tidak tersedia");
        return api;
    }

    private static async Task<Ok<List<PkSummaryDto>>> List(int? tahun, int? perangkatDaerahId, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok(await ListPk.Handle(tahun, perangkatDaerahId, db, await me.ScopeAsync(ct), ct));

    private static async Task<Ok<PkDto>> Get(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct) =>
        TypedResults.Ok(await GetPk.Handle(id, db, await me.ScopeAsync(ct), clock, ct));

    private static async Task<Created<PkDto>> Create(CreatePkRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var pk = await CreatePk.Handle(r, db, scope, ct);
        return TypedResults.Created($"/api/v1{Base}/{pk.Id}", await GetPk.Handle(pk.Id, db, scope, clock, ct));
    }

    private static async Task<Created<PkDto>> AddRow(int id, SavePkIndikatorRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await SavePkIndikator.Add(id, r, db, scope, ct);
        return TypedResults.Created($"/api/v1{Base}/{id}", await GetPk.Handle(id, db, scope, clock, ct));
    }

    private static async Task<Ok<PkDto>> UpdateRow(int id, int rowId, SavePkIndikatorRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await SavePkIndikator.Update(id, rowId, r, db, scope, ct);
        return TypedResults.Ok(await GetPk.Handle(id, db, scope, clock, ct));
    }

    private static async Task<NoContent> RemoveRow(int id, int rowId, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        await SavePkIndikator.Remove(id, rowId, db, await me.ScopeAsync(ct), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PkDto>> Sign(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await SignPk.Handle(id, db, scope, clock, ct);
        return TypedResults.Ok(await GetPk.Handle(id, db, scope, clock, ct));
    }

    private static async Task<Created<PkDto>> Revise(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var pk = await RevisePk.Handle(id, db, scope, ct);
        return TypedResults.Created($"/api/v1{Base}/{pk.Id}", await GetPk.Handle(pk.Id, db, scope, clock, ct));
    }

    private static async Task<Ok<PkDto>> PutRencanaAksi(int id, SaveRencanaAksiRequest r, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await SaveRencanaAksi.Handle(id, r, db, scope, ct);
        return TypedResults.Ok(await GetPk.Handle(id, db, scope, clock, ct));
    }

    private static async Task<FileContentHttpResult> Download(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var doc = await PkDocument.BuildAsync(id, db, await me.ScopeAsync(ct), clock, ct);
        return TypedResults.File(doc.ToDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"perjanjian-kinerja-{id}.docx");
    }

    /// <summary>The print view's own HTML, printed by headless Chromium; access is checked before anything is rendered.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadPdf(int id, HttpContext http, AppDbContext db, CurrentUser me,
        Clock clock, IOptions<KinerjaOptions> options, CancellationToken ct)
    {
        var doc = await PkDocument.BuildAsync(id, db, await me.ScopeAsync(ct), clock, ct);
        var html = await Documents.RazorHtml.RenderAsync(http, "/Features/Perencanaan/Pk/_PkCetak.cshtml", doc);
        try
        {
            var pdf = await Documents.ChromiumPdf.RenderAsync(html, Documents.ChromiumPdf.Options.From(options.Value), ct);
            return TypedResults.File(pdf, "application/pdf", $"perjanjian-kinerja-{id}.pdf");
        }
        catch (Documents.PdfUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF tidak tersedia");
        }
    }

    private static async Task<FileContentHttpResult> DownloadRencanaAksi(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var book = await Excel.DownloadRencanaAksiXlsx.Handle(id, db, await me.ScopeAsync(ct), clock, ct);
        return TypedResults.File(book.Content, Excel.RenstraExcelApi.ContentType, book.FileName);
    }

    /// <param name="konfirmasi">true: keep quarters that do not roll up to the annual target, as the grid's checkbox does.</param>
    private static async Task<Ok<Excel.RencanaAksiUploadResult>> UploadRencanaAksi(int id, IFormFile file, bool? konfirmasi, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (file.Length > Excel.UploadRencanaAksiXlsx.MaxBytes)
            throw new Kinerja.Domain.DomainException($"Berkas terlalu besar (maksimal {Excel.UploadRencanaAksiXlsx.MaxBytes / 1024 / 1024} MB).", "File");
        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await Excel.UploadRencanaAksiXlsx.Handle(id, file.FileName, stream, konfirmasi ?? false, db, scope, ct));
    }
}
