using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>Rounds in the user's scope, and one round with the forms the user may read.</summary>
public static class GetRound
{
    public static async Task<List<RoundSummaryDto>> List(int? tahun, int? perangkatDaerahId, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
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
                Forms = r.Forms.Count, Locked = r.Forms.Count(f => f.Status == FormStatus.Terkunci),
            }).ToListAsync(ct);
        return rows.Select(r => new RoundSummaryDto(r.Id, r.PerangkatDaerahId, r.Opd, r.Tahun, r.Triwulan, Periode.Triwulan(r.Triwulan).ToString(),
            r.DibukaUtc, r.BatasWaktuUtc, now > r.BatasWaktuUtc, r.DikunciUtc is not null, r.Forms, r.Locked)).ToList();
    }

    public static async Task<RoundDto> Handle(int id, AppDbContext db, AccessScope scope, CancellationToken ct, List<string>? warnings = null)
    {
        var round = await RoundAccess.RoundAsync(id, db, scope, ct);
        var forms = await db.FormatDataKinerja.Where(f => f.PengumpulanDataId == id)
            .Include(f => f.UnitKerja).Include(f => f.SumberOpd)
            .Select(f => new { Form = f, Indikator = f.Indikator.Count, Terisi = f.Indikator.Count(i => i.Realisasi != null), Anggaran = f.Anggaran.Count })
            .ToListAsync(ct);
        var visible = forms.Where(f => f.Form.UnitKerja is { } u ? scope.CanReadUnit(u, round.PemdaId) : f.Form.SumberOpd is not { } o || scope.CanReadOpd(o))
            .OrderBy(f => f.Form.UnitKerja?.Path ?? f.Form.SumberOpd?.Nama)
            .Select(f => new FormSummaryDto(f.Form.Id, f.Form.UnitKerjaId, GetForm.UnitName(f.Form), f.Form.Status, f.Form.Status.Label(),
                f.Indikator, f.Terisi, f.Anggaran, f.Form.DiisiPerencanaan, f.Form.DiajukanUtc, f.Form.Version)).ToList();
        return new RoundDto(round.Id, round.PerangkatDaerahId, round.PerangkatDaerah?.Nama, round.Tahun, round.Triwulan,
            Periode.Triwulan(round.Triwulan).ToString(), round.DibukaUtc, round.BatasWaktuUtc, round.ValidasiKasi, round.DibukaOleh,
            round.DikunciUtc, round.Version, visible, warnings ?? []);
    }
}
