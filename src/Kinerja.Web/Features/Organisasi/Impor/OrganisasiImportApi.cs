using Kinerja.Domain;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Organisasi.Impor;

public static class OrganisasiImportApi
{
    public static RouteGroupBuilder MapOrganisasiImportApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/organisasi/import").WithTags("Organisasi");
        g.MapGet("/template", Template).WithName("DownloadImportTemplate").WithSummary("Templat impor (xlsx atau csv)");
        g.MapPost("", Import).WithName("ImportOrganisasi").DisableAntiforgery()
            .WithSummary("Impor unit, jabatan atau akun satu perangkat daerah; semua baris atau tidak sama sekali");
        return api;
    }

    private static FileContentHttpResult Template(ImportKind kind, string? format)
    {
        var xlsx = !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        return TypedResults.File(OrganisasiImport.Template(kind, xlsx),
            xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
            $"templat-{kind.ToString().ToLowerInvariant()}.{(xlsx ? "xlsx" : "csv")}");
    }

    private static async Task<Ok<ImportResult>> Import(ImportKind kind, int perangkatDaerahId, IFormFile file,
        OrganisasiImport import, CurrentUser me, CancellationToken ct)
    {
        if (file.Length > OrganisasiImport.MaxBytes)
            throw new DomainException($"Berkas terlalu besar (maksimal {OrganisasiImport.MaxBytes / 1024 / 1024} MB).", "File");
        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await import.ApplyAsync(kind, perangkatDaerahId, file.FileName, stream, await me.ScopeAsync(ct), ct));
    }
}
