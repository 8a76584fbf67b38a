using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kinerja.Web.Features.Pengumpulan.Excel;

/// <summary>/api/v1 routes of a form's workbook: download it pre-filled, upload it back filled.</summary>
public static class FormExcelApi
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapFormExcelApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/formulir").WithTags("Pengumpulan Data");
        g.MapGet("/{id:int}/xlsx", Download).WithName("DownloadFormXlsx")
            .WithSummary("Formulir sebagai XLSX: kepala formulir, lembar Indikator dan Anggaran terisi nilai saat ini");
        g.MapPost("/{id:int}/xlsx", Upload).WithName("UploadFormXlsx").DisableAntiforgery()
            .WithSummary("Unggah kembali XLSX formulir; setiap baris diperiksa, semua disimpan atau tidak sama sekali");
        return api;
    }

    private static async Task<FileContentHttpResult> Download(int id, AppDbContext db, CurrentUser me, Clock clock, CancellationToken ct)
    {
        var book = await DownloadFormXlsx.Handle(id, db, await me.ScopeAsync(ct), clock, ct);
        return TypedResults.File(book.Content, ContentType, book.FileName);
    }

    private static async Task<Ok<FormXlsxUploadResult>> Upload(int id, IFormFile file, [FromForm] string? alasan, AppDbContext db, CurrentUser me,
        Clock clock, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        return TypedResults.Ok(await UploadFormXlsx.Handle(id, file.FileName, file.Length, () => Bukti.BuktiApi.ReadAsync(file, ct), alasan, db, scope, clock, ct));
    }
}
