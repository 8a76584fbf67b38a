using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>A form as its reader sees it: rows with the engine's capaian and predikat, the checks, and what they may do.</summary>
public static class GetFormat
{
    public static async Task<FormatDto> Handle(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct) =>
        await Handle(await FormatAccess.LoadAsync(id, db, scope, ct, tracked: false), db, scope, clock, ct);

    /// <summary>The DTO of a form already loaded (with its rows) and read-checked, e.g. the one a save just wrote: no second load.</summary>
    public static async Task<FormatDto> Handle(FormatDataKinerja form, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var id = form.Id;
        var year = await FormatYear.LoadAsync(form, db, ct);
        var scale = await PemdaScales.PredikatAsync(db, form.PengumpulanData.PemdaId, ct);
        var riwayat = await db.FormatRiwayat.Where(r => r.FormatDataKinerjaId == id).OrderBy(r => r.Id).ToListAsync(ct);
        var annual = await AnnualTargetsAsync(form, db, ct);
        return Map(form, year, scale, annual, riwayat, scope, clock.UtcNow);
    }

    public static FormatDto Map(FormatDataKinerja form, FormatYear year, PredikatScale scale, Dictionary<int, decimal> annual,
        List<FormatRiwayat> riwayat, AccessScope scope, DateTime nowUtc)
    {
        var round = form.PengumpulanData;
        var tw = round.Triwulan;
        var rows = form.Indikator.OrderBy(r => r.Indikator.Kode).Select(r =>
        {
            var settings = r.Indikator.Settings();
            var quarters = year.Quarters(r.IndikatorId, tw, r.Target, r.TargetAtas, r.Realisasi);
            var quarter = CapaianCalculator.Calculate(settings, Periode.Triwulan(tw), quarters);
            var toDate = CapaianCalculator.Calculate(settings, Periode.SampaiDenganTriwulan(tw), quarters);
            var band = scale.Classify(quarter.Capaian);
            var realisasi = year.Realisasi(r.IndikatorId);
            realisasi[tw - 1] = r.Realisasi;
            return new FormatIndikatorDto(r.Id, RowKey.Indikator(r.Id), r.IndikatorId, r.Indikator.Kode, r.Indikator.Nama, r.Indikator.Satuan, r.Indikator.Decimals,
                r.Indikator.Polarity.ToString(), r.Indikator.RollUp.ToString(), r.Indikator.AllowsAbove100, r.Indikator.BuktiWajib,
                annual.TryGetValue(r.IndikatorId, out var a) ? a : null, r.Target, r.TargetAtas, r.Realisasi, realisasi,
                CapaianFormat.Display(quarter.Capaian, 2), CapaianFormat.Display(toDate.Capaian, 2), band?.Label, band?.Colour,
                r.FaktorPendukung, r.FaktorPenghambat, r.TindakLanjut, r.Penjelasan, r.CatatanValidasi,
                r.Bukti.OrderBy(b => b.Id).Select(b => new BuktiDto(b.Id, b.NamaFile, b.JenisKonten, b.Ukuran, b.Sha256, b.DiunggahOleh, b.DiunggahUtc)).ToList(),
                r.Version);
        }).ToList();
        var anggaran = form.Anggaran.OrderBy(a => a.ProgramKegiatan.Kode).Select(a =>
        {
            var before = year.AnggaranBefore(a.ProgramKegiatanId);
            var serapan = Serapan.Compute(a.Pagu, a.Realisasi is long r ? before + r : null);
            return new FormatAnggaranDto(a.Id, RowKey.Anggaran(a.Id), a.ProgramKegiatanId, a.ProgramKegiatan.Kode, a.ProgramKegiatan.Nama, a.Pagu, a.Realisasi,
                before, CapaianFormat.Display(serapan, 2), a.CatatanValidasi, a.Version);
        }).ToList();

        return new FormatDto(form.Id, round.Id, Periode.Triwulan(tw).ToString(), round.Tahun, tw,
            round.PerangkatDaerah?.Nama ?? "Pemerintah Daerah", form.UnitKerjaId, UnitName(form),
            form.Status, form.Status.Label(), form.Catatan, form.DiisiPerencanaan, form.DiajukanOleh, form.DiajukanUtc,
            round.BatasWaktuUtc, nowUtc > round.BatasWaktuUtc, form.Version, rows, anggaran, Check(form, year),
            FormatPermissions.For(form, scope, nowUtc),
            riwayat.Select(h => new FormatRiwayatDto(h.Aksi, h.Aksi.Label(), h.DariStatus, h.KeStatus, h.UserName, h.AtUtc, h.Catatan)).ToList());
    }

    public static string UnitName(FormatDataKinerja form) => form.UnitKerja?.Nama ?? form.SumberOpd?.Nama ?? "";

    /// <summary>The pre-submit checks over the form as it is stored now.</summary>
    public static List<CheckIssue> Check(FormatDataKinerja form, FormatYear year)
    {
        var tw = form.PengumpulanData.Triwulan;
        return FormatCheck.Run(
            form.Indikator.Select(r => new IndikatorCheckRow(RowKey.Indikator(r.Id), r.Indikator.Satuan, r.Indikator.Decimals,
                r.Indikator.AllowsAbove100, r.Indikator.RollUp, r.Target, r.Realisasi, year.RealisasiBefore(r.IndikatorId, tw),
                r.Indikator.BuktiWajib, r.Bukti.Count, r.Penjelasan)),
            form.Anggaran.Select(a => new AnggaranCheckRow(RowKey.Anggaran(a.Id), a.Pagu, a.Realisasi, year.AnggaranBefore(a.ProgramKegiatanId))));
    }

    private static async Task<Dictionary<int, decimal>> AnnualTargetsAsync(FormatDataKinerja form, AppDbContext db, CancellationToken ct)
    {
        var ids = form.Indikator.Select(r => r.IndikatorId).ToList();
        var tahun = form.PengumpulanData.Tahun;
        return await db.IndikatorTargets.Where(t => ids.Contains(t.IndikatorId) && t.Tahun == tahun)
            .ToDictionaryAsync(t => t.IndikatorId, t => t.Nilai, ct);
    }
}
