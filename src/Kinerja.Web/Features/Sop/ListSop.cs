using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop;

/// <summary>The SOPs of every OPD the user reads (optionally one OPD), with their current revision.</summary>
public static class ListSop
{
    public static async Task<List<SopDto>> Handle(int? perangkatDaerahId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var opds = await scope.PerangkatDaerah(db.PerangkatDaerah).Select(o => o.Id).ToListAsync(ct);
        var q = db.SopDokumen.Where(s => opds.Contains(s.PerangkatDaerahId));
        if (perangkatDaerahId is int opd) q = q.Where(s => s.PerangkatDaerahId == opd);
        return await q.OrderBy(s => s.PerangkatDaerah.Nama).ThenBy(s => s.Nama).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.PerangkatDaerahId, Opd = s.PerangkatDaerah.Nama, s.Nama, s.RevisiTerakhir, s.Version,
                Current = s.Revisi.Where(r => r.Revisi == s.RevisiTerakhir).Select(r => new { r.Nomor, r.TanggalEfektif }).FirstOrDefault(),
            })
            .AsAsyncEnumerable()
            .Select(s => new SopDto(s.Id, s.PerangkatDaerahId, s.Opd, s.Nama, s.Current?.Nomor, s.RevisiTerakhir, s.Current?.TanggalEfektif, s.Version))
            .ToListAsync(ct);
    }

    public static async Task<List<SopRevisiDto>> RevisionsAsync(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        await SopAccess.DokumenAsync(id, db, scope, write: false, ct);
        return await db.SopRevisi.Where(r => r.SopDokumenId == id).OrderByDescending(r => r.Revisi)
            .Select(r => new SopRevisiDto(r.Revisi, r.CreatedAtUtc, r.CreatedByUserName, r.Nomor, r.TanggalEfektif)).ToListAsync(ct);
    }
}
