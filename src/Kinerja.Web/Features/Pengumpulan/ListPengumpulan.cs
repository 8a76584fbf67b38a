using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>The rounds in the user's scope, newest quarter first, with how many of their forms are locked.</summary>
public static class ListPengumpulan
{
    public static async Task<List<PengumpulanSummaryDto>> Handle(int? tahun, int? perangkatDaerahId, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var opds = await scope.PerangkatDaerah(db.PerangkatDaerah).Select(o => o.Id).ToListAsync(ct);
        var pemda = scope.ReadablePemdaIds().Where(scope.ReadsWholePemda).ToList();
        var q = db.PengumpulanData.Where(r => (r.PerangkatDaerahId != null && opds.Contains(r.PerangkatDaerahId.Value))
                                              || (r.PerangkatDaerahId == null && pemda.Contains(r.PemdaId)));
        if (tahun is int t) q = q.Where(r => r.Tahun == t);
        if (perangkatDaerahId is int o) q = q.Where(r => r.PerangkatDaerahId == o);
        var now = clock.UtcNow;
        var rows = await q.OrderByDescending(r => r.Tahun).ThenByDescending(r => r.Triwulan).ThenBy(r => r.PerangkatDaerah!.Nama)
            .Select(r => new
            {
                r.Id, r.PerangkatDaerahId, Opd = r.PerangkatDaerah!.Nama, r.Tahun, r.Triwulan, r.DibukaUtc, r.BatasWaktuUtc, r.DikunciUtc,
                Format = r.FormatDataKinerja.Count, Locked = r.FormatDataKinerja.Count(f => f.Status == FormatStatus.Terkunci),
            }).ToListAsync(ct);
        return rows.Select(r => new PengumpulanSummaryDto(r.Id, r.PerangkatDaerahId, r.Opd, r.Tahun, r.Triwulan, Periode.Triwulan(r.Triwulan).ToString(),
            r.DibukaUtc, r.BatasWaktuUtc, now > r.BatasWaktuUtc, r.DikunciUtc is not null, r.Format, r.Locked)).ToList();
    }
}
