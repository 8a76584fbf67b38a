using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.PemdaWide;

/// <summary>One OPD in one Pemda-wide round: where its own round of the quarter stands and where its Pemda form does.</summary>
public record PemdaOpdStatusDto(int PengumpulanId, int PemdaId, int Tahun, int Triwulan, string Periode, DateTime BatasWaktuUtc, DateTime? PengumpulanDikunciUtc,
    int PerangkatDaerahId, string Opd, int? OpdPengumpulanId, int OpdFormat, int OpdFormatTerkunci, DateTime? OpdPengumpulanDikunciUtc,
    int FormatId, FormatStatus FormatStatus, string FormatStatusLabel, int Indikator, int Terisi, int FormatVersion);

/// <summary>
/// The completeness of the Pemda-wide rounds: per OPD, its own round and its Pemda form. Each user
/// sees the OPDs they read (Bappeda and the Admin Pemda all of them, an OPD its own row).
/// </summary>
public static class ListPengumpulanPemda
{
    public static async Task<List<PemdaOpdStatusDto>> Handle(int? tahun, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var pemda = scope.ReadablePemdaIds().ToList();
        var opds = await scope.PerangkatDaerah(db.PerangkatDaerah).Select(o => o.Id).ToListAsync(ct);
        var q = db.FormatDataKinerja.Where(f => f.PengumpulanData.PerangkatDaerahId == null && pemda.Contains(f.PengumpulanData.PemdaId)
                                                && f.SumberOpdId != null && opds.Contains(f.SumberOpdId.Value));
        if (tahun is int t) q = q.Where(f => f.PengumpulanData.Tahun == t);
        var forms = await q.Select(f => new
        {
            f.Id, f.Status, f.Version, Opd = f.SumberOpdId!.Value, OpdNama = f.SumberOpd!.Nama, f.PengumpulanDataId, f.PengumpulanData.PemdaId,
            f.PengumpulanData.Tahun, f.PengumpulanData.Triwulan, f.PengumpulanData.BatasWaktuUtc, f.PengumpulanData.DikunciUtc,
            Indikator = f.Indikator.Count, Terisi = f.Indikator.Count(i => i.Realisasi != null),
        }).ToListAsync(ct);

        var years = forms.Select(f => f.Tahun).Distinct().ToList();
        var own = await db.PengumpulanData.Where(r => r.PerangkatDaerahId != null && opds.Contains(r.PerangkatDaerahId.Value) && years.Contains(r.Tahun))
            .Select(r => new { r.Id, Opd = r.PerangkatDaerahId!.Value, r.Tahun, r.Triwulan, r.DikunciUtc, Format = r.FormatDataKinerja.Count, Locked = r.FormatDataKinerja.Count(f => f.Status == FormatStatus.Terkunci) })
            .ToListAsync(ct);
        var byKey = own.ToDictionary(r => (r.Opd, r.Tahun, r.Triwulan));

        return forms.OrderByDescending(f => f.Tahun).ThenByDescending(f => f.Triwulan).ThenBy(f => f.OpdNama).Select(f =>
        {
            var o = byKey.GetValueOrDefault((f.Opd, f.Tahun, f.Triwulan));
            return new PemdaOpdStatusDto(f.PengumpulanDataId, f.PemdaId, f.Tahun, f.Triwulan, Periode.Triwulan(f.Triwulan).ToString(), f.BatasWaktuUtc, f.DikunciUtc,
                f.Opd, f.OpdNama, o?.Id, o?.Format ?? 0, o?.Locked ?? 0, o?.DikunciUtc, f.Id, f.Status, f.Status.Label(), f.Indikator, f.Terisi, f.Version);
        }).ToList();
    }
}
