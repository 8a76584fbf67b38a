using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Web.Features.Rekap;

/// <summary>/api/v1/rekap: the recap of a unit, an OPD or the Pemda for a year and period.</summary>
public static class RekapApi
{
    public static RouteGroupBuilder MapRekapApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/rekap").WithTags("Rekap");
        g.MapGet("", GetRekap).WithName("GetRekap")
            .WithSummary("Rekap capaian unit kerja, perangkat daerah atau Pemda untuk satu periode (TW1–TW4, S1, S2, SD_TW3, TAHUNAN), dengan anggaran dan pemeriksaan");
        g.MapGet("/xlsx", GetRekapXlsx).WithName("GetRekapXlsx")
            .WithSummary("Rekap yang sama sebagai XLSX: capaian per sasaran, per triwulan (inti formulir E.81), anggaran, pemeriksaan");
        return api;
    }

    private static async Task<FileContentHttpResult> GetRekapXlsx(int? tahun, string? periode, string? tingkat, int? pemdaId, int? perangkatDaerahId,
        int? unitKerjaId, int? sasaranId, bool? iku, bool? diajukan, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var query = Query(tahun, periode, tingkat, pemdaId, perangkatDaerahId, unitKerjaId, sasaranId, iku, diajukan);
        var rekap = await BuildRekap.Handle(query, db, await me.ScopeAsync(ct), ct);
        return TypedResults.File(RekapXlsx.Write(rekap), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", RekapXlsx.FileName(rekap));
    }

    private static async Task<Ok<Rekap>> GetRekap(int? tahun, string? periode, string? tingkat, int? pemdaId, int? perangkatDaerahId,
        int? unitKerjaId, int? sasaranId, bool? iku, bool? diajukan, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var query = Query(tahun, periode, tingkat, pemdaId, perangkatDaerahId, unitKerjaId, sasaranId, iku, diajukan);
        return TypedResults.Ok(await BuildRekap.Handle(query, db, await me.ScopeAsync(ct), ct));
    }

    /// <summary>The query from URL parameters, each wrong one a 422 on its own field (pages share it).</summary>
    public static RekapQuery Query(int? tahun, string? periode, string? tingkat, int? pemdaId, int? perangkatDaerahId, int? unitKerjaId,
        int? sasaranId, bool? iku, bool? diajukan)
    {
        if (tahun is not int year) throw new DomainException("Tahun wajib diisi, mis. tahun=2026.", "tahun");
        if (!Periode.TryParse(periode ?? "TAHUNAN", out var p))
            throw new DomainException($"Periode '{periode}' tidak dikenal. Contoh: TW2, S1, TAHUNAN, SD_TW3.", "periode");
        return new RekapQuery(year, p, Tingkat(tingkat), pemdaId, perangkatDaerahId, unitKerjaId, sasaranId, iku ?? false, diajukan ?? false);
    }

    public static RekapTingkat? Tingkat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "unit" or "unit-kerja" or "unitkerja" => RekapTingkat.Unit,
        "opd" or "perangkat-daerah" or "perangkatdaerah" or "pd" => RekapTingkat.PerangkatDaerah,
        "pemda" => RekapTingkat.Pemda,
        _ => throw new DomainException($"Tingkat '{text}' tidak dikenal. Pilih unit, opd atau pemda.", "tingkat"),
    };
}
