using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>One quarter behind an indicator's period capaian: its target and the counted realisasi.</summary>
public record TriwulanCapaianDto(int Triwulan, decimal? Target, decimal? TargetAtas, decimal? Realisasi, int FormDihitung, int FormTidakDihitung);

public record IndikatorCapaianDto(
    int IndikatorId, string Kode, string Nama, string Satuan, int Tahun, string Periode, RollUp RollUp, Polarity Polarity,
    string SumberTarget, bool HanyaTerkunci, decimal? Target, decimal? TargetAtas, decimal? Realisasi, decimal? TargetPeriode,
    string Status, decimal? Capaian, string CapaianTampil, string? Predikat, string? Warna, string? Alasan,
    bool BelumAdaData, bool BelumLengkap, List<int> TriwulanTerisi, List<int> TriwulanBelumTerisi, List<TriwulanCapaianDto> Triwulan);

/// <summary>
/// An indicator's capaian for a period of a year, computed by the engine from what is stored: the
/// quarters' targets of the signed PK's Rencana Aksi (else the Renstra's yearly target), the realisasi
/// of the collection forms of that year's rounds, and the Pemda's predikat scale. Which forms count is
/// in docs/capaian.md ("Capaian through the API").
/// </summary>
public static class GetIndikatorCapaian
{
    /// <summary>Submitted and beyond: what a Kabid or planner is looking at. A returned form is the unit's again.</summary>
    private static readonly FormatStatus[] Submitted = [FormatStatus.MenungguKasi, FormatStatus.MenungguKabid, FormatStatus.MenungguVerifikasi, FormatStatus.Terkunci];

    public static async Task<IndikatorCapaianDto> Handle(int id, int? tahun, string? periode, bool terkunci, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var (indikator, renstra) = await PlanAccess.IndikatorAsync(id, db, scope, write: false, ct);
        if (tahun is not int year) throw new DomainException("Tahun wajib diisi, mis. tahun=2026.", "tahun");
        if (year < renstra.TahunAwal || year > renstra.TahunAkhir)
            throw new DomainException($"Tahun {year} di luar periode Renstra {renstra.TahunAwal}–{renstra.TahunAkhir}.", "tahun");
        if (!Periode.TryParse(periode ?? "TAHUNAN", out var p))
            throw new DomainException($"Periode '{periode}' tidak dikenal. Contoh: TW2, S1, TAHUNAN, SD_TW3.", "periode");
        var settings = indikator.Settings();

        var (source, quarterTargets) = await QuarterTargetsAsync(indikator, renstra.PerangkatDaerahId, year, db, ct);
        var counted = terkunci ? [FormatStatus.Terkunci] : Submitted;
        var rows = await db.FormatIndikator
            .Where(r => r.IndikatorId == indikator.Id)
            .Join(db.FormatDataKinerja, r => r.FormatDataKinerjaId, f => f.Id, (r, f) => new { r.Realisasi, f.Status, f.PengumpulanDataId })
            .Join(db.PengumpulanData, x => x.PengumpulanDataId, d => d.Id, (x, d) => new { x.Realisasi, x.Status, d.Tahun, d.Triwulan, d.PerangkatDaerahId })
            .Where(x => x.Tahun == year && x.PerangkatDaerahId == renstra.PerangkatDaerahId)
            .ToListAsync(ct);

        var quarters = new List<TriwulanCapaianDto>();
        var data = new TriwulanData[4];
        for (var q = 1; q <= 4; q++)
        {
            var inQuarter = rows.Where(r => r.Triwulan == q).ToList();
            var used = inQuarter.Where(r => counted.Contains(r.Status)).ToList();
            // Several units may answer for one indicator: the quarter is filled when every counted form
            // has a figure; flows add up, levels and rates are averaged.
            decimal? realisasi = used.Count > 0 && used.All(r => r.Realisasi is not null)
                ? settings.RollUp == RollUp.Kumulatif ? used.Sum(r => r.Realisasi!.Value) : used.Average(r => r.Realisasi!.Value)
                : null;
            var (t, upper) = quarterTargets[q - 1];
            quarters.Add(new TriwulanCapaianDto(q, t, upper, realisasi, used.Count, inQuarter.Count - used.Count));
            data[q - 1] = new TriwulanData(t is not decimal l ? Target.Of(0) : upper is decimal u && u > l ? Target.Band(l, u) : Target.Of(l), realisasi);
        }

        // Without quarterly targets a kumulatif indicator's quarters are unknown: only the whole year,
        // reported in full, compares with the Renstra's yearly target (carried by TW IV).
        var wholeYearAgainstRenstra = p.Covered.Count == 4 && data.All(d => d.IsFilled);
        if (p.Covered.Any(q => quarterTargets[q - 1].Target is null) && !(source == "Renstra" && wholeYearAgainstRenstra))
            return NoTarget(indikator, year, p, source, terkunci, quarters, data, settings);

        var computed = CapaianCalculator.Calculate(settings, p, data);
        var scale = await PemdaScales.PredikatAsync(db, await db.PerangkatDaerah.Where(o => o.Id == renstra.PerangkatDaerahId).Select(o => (int?)o.PemdaId).SingleAsync(ct), ct);
        var band = scale.Classify(computed.Capaian);
        return new IndikatorCapaianDto(indikator.Id, indikator.Kode, indikator.Nama, indikator.Satuan, year, p.Label, indikator.RollUp, indikator.Polarity,
            source, terkunci, computed.Target?.Lower, computed.Target is { IsBand: true } b ? b.Upper : null, computed.Realisasi,
            computed.FullTarget.Lower, StatusOf(computed.Capaian), computed.Capaian.Percent, CapaianFormat.Display(computed.Capaian, settings),
            band?.Label, band?.Colour, (computed.Capaian as CapaianResult.NotComputable)?.Reason.Label(),
            computed.Capaian is CapaianResult.NoData, !computed.IsComplete, [.. computed.Filled], [.. computed.Missing], quarters);
    }

    private static string StatusOf(CapaianResult r) => r switch { CapaianResult.Computed => "Computed", CapaianResult.NoData => "NoData", _ => "NotComputable" };

    private static IndikatorCapaianDto NoTarget(Indikator i, int year, Periode p, string source, bool terkunci, List<TriwulanCapaianDto> quarters,
        TriwulanData[] data, IndikatorSettings settings) =>
        new(i.Id, i.Kode, i.Nama, i.Satuan, year, p.Label, i.RollUp, i.Polarity, source, terkunci, null, null,
            null, null, "NotComputable", null, CapaianFormat.NotComputableText, null, null,
            "Target triwulan belum ditetapkan di Rencana Aksi PK yang ditandatangani.",
            p.Covered.All(q => !data[q - 1].IsFilled), p.Covered.Any(q => !data[q - 1].IsFilled),
            [.. p.Covered.Where(q => data[q - 1].IsFilled)], [.. p.Covered.Where(q => !data[q - 1].IsFilled)], quarters);

    /// <summary>
    /// The signed PK's Rencana Aksi quarters (the PK of a unit that answers for the indicator first, as
    /// a round does when it opens). Without one, the Renstra's yearly target holds in every quarter for
    /// nilai akhir and rata-rata (a level); for kumulatif only TW IV carries it when the period is the
    /// whole year, since quarters of a flow cannot be guessed.
    /// </summary>
    private static async Task<(string Source, (decimal? Target, decimal? Upper)[] Quarters)> QuarterTargetsAsync(
        Indikator indikator, int opdId, int year, AppDbContext db, CancellationToken ct)
    {
        var units = indikator.Units.Select(u => u.UnitKerjaId).ToList();
        var ra = (await db.PerjanjianKinerjaIndikator
                .Where(x => x.IndikatorId == indikator.Id && x.PerjanjianKinerja.PerangkatDaerahId == opdId && x.PerjanjianKinerja.Tahun == year
                            && x.PerjanjianKinerja.Status == PerjanjianKinerjaStatus.Signed && x.RencanaAksi != null)
                .Select(x => new { x.PerjanjianKinerja.Jabatan.UnitKerjaId, x.PerjanjianKinerja.Id, x.RencanaAksi })
                .ToListAsync(ct))
            .OrderByDescending(x => x.UnitKerjaId is int u && units.Contains(u)).ThenBy(x => x.Id)
            .Select(x => x.RencanaAksi!).FirstOrDefault(x => x.Quarters.Any(q => q is not null));
        var yearly = indikator.Targets.FirstOrDefault(t => t.Tahun == year);
        // Band targets live in the Renstra; the Rencana Aksi keeps one number per quarter.
        var upper = indikator.RollUp == RollUp.Kumulatif ? null : yearly?.NilaiAtas;
        if (ra is not null) return ("RencanaAksi", ra.Quarters.Select(q => (q, q is null ? null : upper)).ToArray());
        if (yearly is null) return ("Tidak ada", new (decimal?, decimal?)[4]);
        return indikator.RollUp == RollUp.Kumulatif
            ? ("Renstra", [(null, null), (null, null), (null, null), (yearly.Nilai, null)])
            : ("Renstra", Enumerable.Repeat(((decimal?)yearly.Nilai, yearly.NilaiAtas), 4).ToArray());
    }
}
