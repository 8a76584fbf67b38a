using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Perencanaan.Excel;

/// <summary>/api/v1 routes of the Renstra workbook: download the indicators, upload them back.</summary>
public static class RenstraExcelApi
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapRenstraExcelApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/renstra").WithTags("Perencanaan");
        g.MapGet("/{id:int}/xlsx", Download).WithName("DownloadRenstraXlsx")
            .WithSummary("Indikator Renstra dengan target per tahun sebagai XLSX");
        g.MapPost("/{id:int}/xlsx", Upload).WithName("UploadRenstraXlsx").DisableAntiforgery()
            .WithSummary("Unggah kembali XLSX indikator Renstra; semua baris atau tidak sama sekali; indikator yang tidak ada di berkas tidak diubah");
        return api;
    }

    private static async Task<FileContentHttpResult> Download(int id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var book = await DownloadRenstraXlsx.Handle(id, db, await me.ScopeAsync(ct), ct);
        return TypedResults.File(book.Content, ContentType, book.FileName);
    }

    private static async Task<Ok<RenstraUploadResult>> Upload(int id, IFormFile file, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (file.Length > UploadRenstraXlsx.MaxBytes)
            throw new DomainException($"Berkas terlalu besar (maksimal {UploadRenstraXlsx.MaxBytes / 1024 / 1024} MB).", "File");
        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await UploadRenstraXlsx.Handle(id, file.FileName, stream, db, scope, ct));
    }
}
