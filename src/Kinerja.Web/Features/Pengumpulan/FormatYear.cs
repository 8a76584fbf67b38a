using Kinerja.Domain.Capaian;
using Kinerja.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// The unit's four quarters of the year for its indicators and sub-kegiatan, gathered from the forms
/// of every round of the year, so a quarter's form can show s.d. capaian and check the running totals.
/// </summary>
public sealed class FormatYear
{
    private readonly Dictionary<int, (decimal? Target, decimal? TargetAtas, decimal? Realisasi)[]> _indikator = [];
    private readonly Dictionary<int, long> _anggaranBefore = [];

    public static async Task<FormatYear> LoadAsync(FormatDataKinerja form, AppDbContext db, CancellationToken ct)
    {
        var round = form.PengumpulanData;
        var forms = db.FormatDataKinerja.Where(f => f.UnitKerjaId == form.UnitKerjaId && f.SumberOpdId == form.SumberOpdId
            && f.PengumpulanData.PerangkatDaerahId == round.PerangkatDaerahId && f.PengumpulanData.PemdaId == round.PemdaId
            && f.PengumpulanData.Tahun == round.Tahun);
        var formIds = forms.Select(f => f.Id);
        var indikator = await db.FormatIndikator.Where(r => formIds.Contains(r.FormatDataKinerjaId))
            .Join(db.FormatDataKinerja, r => r.FormatDataKinerjaId, f => f.Id, (r, f) => new { f.PengumpulanData.Triwulan, r.IndikatorId, r.Target, r.TargetAtas, r.Realisasi })
            .ToListAsync(ct);
        var earlier = forms.Where(f => f.PengumpulanData.Triwulan < round.Triwulan).Select(f => f.Id);
        var anggaran = await db.FormatAnggaran.Where(a => earlier.Contains(a.FormatDataKinerjaId))
            .Select(a => new { a.ProgramKegiatanId, a.Realisasi }).ToListAsync(ct);

        var year = new FormatYear();
        foreach (var r in indikator)
        {
            if (!year._indikator.TryGetValue(r.IndikatorId, out var q)) year._indikator[r.IndikatorId] = q = new (decimal?, decimal?, decimal?)[4];
            q[r.Triwulan - 1] = (r.Target, r.TargetAtas, r.Realisasi);
        }
        foreach (var g in anggaran.GroupBy(a => a.ProgramKegiatanId))
            year._anggaranBefore[g.Key] = g.Sum(a => a.Realisasi ?? 0);
        return year;
    }

    /// <summary>The four quarters with this form's current (possibly unsaved) realisasi put in its own quarter.</summary>
    public TriwulanData[] Quarters(int indikatorId, int triwulan, decimal? target, decimal? targetAtas, decimal? realisasi)
    {
        var q = _indikator.TryGetValue(indikatorId, out var known) ? ((decimal?, decimal?, decimal?)[])known.Clone() : new (decimal?, decimal?, decimal?)[4];
        q[triwulan - 1] = (target, targetAtas, realisasi);
        // A quarter whose round is not open yet has no target; it carries no realisasi either, so its
        // zero target only enters the "full period" figure, never a capaian.
        return q.Select(x => new TriwulanData(ToTarget(x.Item1, x.Item2), x.Item3)).ToArray();
    }

    public decimal?[] Realisasi(int indikatorId) =>
        _indikator.TryGetValue(indikatorId, out var q) ? q.Select(x => x.Item3).ToArray() : new decimal?[4];

    /// <summary>The sum of the quarters before this one (kumulatif running total).</summary>
    public decimal? RealisasiBefore(int indikatorId, int triwulan) =>
        _indikator.TryGetValue(indikatorId, out var q) && q.Take(triwulan - 1).Any(x => x.Item3 is not null)
            ? q.Take(triwulan - 1).Sum(x => x.Item3 ?? 0) : null;

    public long AnggaranBefore(int programKegiatanId) => _anggaranBefore.GetValueOrDefault(programKegiatanId);

    private static Target ToTarget(decimal? lower, decimal? upper) =>
        lower is not decimal l ? Target.Of(0) : upper is decimal u && u > l ? Target.Band(l, u) : Target.Of(l);
}
