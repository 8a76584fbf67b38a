using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>One round with the forms the user may read.</summary>
public static class GetPengumpulan
{
    public static async Task<PengumpulanDto> Handle(int id, AppDbContext db, AccessScope scope, CancellationToken ct, List<string>? warnings = null)
    {
        var round = await PengumpulanAccess.LoadAsync(id, db, scope, ct);
        var forms = await db.FormatDataKinerja.Where(f => f.PengumpulanDataId == id)
            .Include(f => f.UnitKerja).Include(f => f.SumberOpd)
            .Select(f => new { Form = f, Indikator = f.Indikator.Count, Terisi = f.Indikator.Count(i => i.Realisasi != null), Anggaran = f.Anggaran.Count })
            .ToListAsync(ct);
        var visible = forms.Where(f => f.Form.UnitKerja is { } u ? scope.CanReadUnit(u, round.PemdaId) : f.Form.SumberOpd is not { } o || scope.CanReadOpd(o))
            .OrderBy(f => f.Form.UnitKerja?.Path ?? f.Form.SumberOpd?.Nama)
            .Select(f => new FormatSummaryDto(f.Form.Id, f.Form.UnitKerjaId, GetFormat.UnitName(f.Form), f.Form.Status, f.Form.Status.Label(),
                f.Indikator, f.Terisi, f.Anggaran, f.Form.DiisiPerencanaan, f.Form.DiajukanUtc, f.Form.Version)).ToList();
        return new PengumpulanDto(round.Id, round.PerangkatDaerahId, round.PerangkatDaerah?.Nama, round.Tahun, round.Triwulan,
            Periode.Triwulan(round.Triwulan).ToString(), round.DibukaUtc, round.BatasWaktuUtc, round.ValidasiKasi, round.DibukaOleh,
            round.DikunciUtc, round.Version, visible, warnings ?? []);
    }
}
