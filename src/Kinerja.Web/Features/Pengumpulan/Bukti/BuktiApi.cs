using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Features.Pengumpulan.Bukti;

/// <summary>/api/v1 routes of evidence files (bukti dukung) on indicator rows of a unit's data form.</summary>
public static class BuktiApi
{
    public static RouteGroupBuilder MapBuktiApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Pengumpulan Data");
        g.MapPost("/format-data/{id:int}/indikator/{rowId:int}/bukti", Upload).WithName("UploadBuktiDukung").DisableAntiforgery()
            .WithSummary("Unggah bukti dukung (PDF, JPG, PNG, XLSX, DOCX; jenis ditentukan dari isi berkas) untuk satu baris indikator");
        g.MapGet("/bukti/{id:int}", Download).WithName("DownloadBuktiDukung").WithSummary("Unduh bukti dukung dengan nama dan jenis aslinya");
        g.MapDelete("/bukti/{id:int}", Delete).WithName("DeleteBuktiDukung").WithSummary("Hapus bukti dukung selama formulir masih dapat diisi");
        return api;
    }

    private static async Task<Created<BuktiDto>> Upload(int id, int rowId, IFormFile file, [FromForm] string? alasan, AppDbContext db, CurrentUser me,
        Clock clock, DatabaseInfo database, IOptions<KinerjaOptions> options, CancellationToken ct)
    {
        var bukti = await UploadBukti.Handle(id, rowId, file.FileName, () => ReadAsync(file, ct), file.Length, alasan, db, await me.ScopeAsync(ct), clock, new BuktiStore(database, options), ct);
        return TypedResults.Created($"/api/v1/bukti/{bukti.Id}", GetBukti.Dto(bukti));
    }

    private static async Task<PhysicalFileHttpResult> Download(int id, AppDbContext db, CurrentUser me, DatabaseInfo database, IOptions<KinerjaOptions> options, CancellationToken ct)
    {
        var content = await GetBukti.Handle(id, db, await me.ScopeAsync(ct), new BuktiStore(database, options), ct);
        return TypedResults.PhysicalFile(content.Path, content.ContentType, content.FileName);
    }

    private static async Task<NoContent> Delete(int id, string? alasan, AppDbContext db, CurrentUser me, Clock clock, DatabaseInfo database, IOptions<KinerjaOptions> options, CancellationToken ct)
    {
        await DeleteBukti.Handle(id, alasan, db, await me.ScopeAsync(ct), clock, new BuktiStore(database, options), ct);
        return TypedResults.NoContent();
    }

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var ms = new MemoryStream((int)file.Length);
        await file.CopyToAsync(ms, ct);
        return ms.ToArray();
    }
}
