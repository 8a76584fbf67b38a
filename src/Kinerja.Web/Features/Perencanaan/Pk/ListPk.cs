using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>The PKs of the OPDs the user may read, every version, filtered by year and OPD.</summary>
public static class ListPk
{
    public static async Task<List<PkSummaryDto>> Handle(int? tahun, int? perangkatDaerahId, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var opds = await scope.PerangkatDaerah(db.PerangkatDaerah).Select(o => o.Id).ToListAsync(ct);
        var q = db.PerjanjianKinerja.Where(p => opds.Contains(p.PerangkatDaerahId));
        if (tahun is int t) q = q.Where(p => p.Tahun == t);
        if (perangkatDaerahId is int o) q = q.Where(p => p.PerangkatDaerahId == o);
        return await q.OrderBy(p => p.PerangkatDaerahId).ThenByDescending(p => p.Tahun).ThenBy(p => p.Jabatan.Role).ThenBy(p => p.Jabatan.Nama).ThenBy(p => p.Revisi)
            .Select(p => new PkSummaryDto(p.Id, p.PerangkatDaerahId, p.Tahun, p.JabatanId, p.Jabatan.Nama, p.AtasanJabatanId,
                p.AtasanJabatan != null ? p.AtasanJabatan.Nama : null, p.Status, p.Revisi, p.PreviousId, p.SignedAtUtc, p.SignedByUserName,
                p.Indikator.Count, p.Version))
            .ToListAsync(ct);
    }
}
