using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kinerja.Web.Features.Pengumpulan.Excel;

/// <summary>/api/v1 routes of a form's workbook: download it pre-filled, upload it back filled.</summary>
public static class FormatExcelApi
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapFormatExcelApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/format-data").WithTags("Pengumpulan Data");
        g.MapGet("/{id:int}/xlsx", Download).WithName("DownloadFormatXlsx")
            .WithSummary("Formulir sebagai XLSX: kepala formulir, lembar Indikator dan Anggaran terisi nilai saat ini");
        g.MapPost("/{id:int}/xlsx", Upload).WithName("UploadFormatXlsx").DisableAntiforgery()
            .WithSummary("Unggah kembali XLSX formulir; setiap baris diperiksa, semua disimpan atau tidak sama sekali");
        return api;
    }

    private static async Task<FileContentHttpResult> Download(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var book = await DownloadFormatXlsx.Handle(id, db, await me.ScopeAsync(ct), clock, ct);
        return TypedResults.File(book.Content, ContentType, book.FileName);
    }

    private static async Task<Ok<FormatXlsxUploadResult>> Upload(int id, IFormFile file, [FromForm] string? alasan, AppDbContext db, CurrentUser me,
        Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        return TypedResults.Ok(await UploadFormatXlsx.Handle(id, file.FileName, file.Length, () => Bukti.BuktiApi.ReadAsync(file, ct), alasan, db, scope, clock, ct));
    }
}
