using Kinerja.Domain.Capaian;

namespace Kinerja.Domain.Rekap;

/// <summary>One form's realisasi anggaran of a sub-kegiatan in one quarter, with the pagu the form was opened with.</summary>
public sealed record AnggaranFigure(int Triwulan, long? Realisasi, DataStatus Status, long PaguFormulir);

/// <summary>One quarter's realisasi anggaran (null = not filled) and the status of the forms behind it.</summary>
public sealed record AnggaranTriwulan(int Triwulan, long? Realisasi, DataStatus Status, int Counted, int NotCounted)
{
    public bool IsFilled => Realisasi is not null;
    public bool HasForms => Counted + NotCounted > 0;
}

/// <summary>
/// A budget line's figures for a period: the realisasi of its filled quarters (money is a flow, so a
/// period adds its quarters) against the year's pagu. Serapan is the engine's (<see cref="Serapan"/>).
/// </summary>
public sealed record AnggaranPeriode(
    Periode Periode, long Pagu, long? Realisasi, CapaianResult Serapan, IReadOnlyList<int> Filled, IReadOnlyList<int> Missing,
    IReadOnlyList<AnggaranTriwulan> Triwulan, DataStatus Status)
{
    public bool IsComplete => Missing.Count == 0;
}

public static class AnggaranFigures
{
    /// <summary>A quarter is filled when every form of it that holds the line counts and has an amount.</summary>
    public static AnggaranTriwulan[] Quarters(IEnumerable<AnggaranFigure> figures, bool includeSubmitted)
    {
        var byQuarter = figures.ToLookup(f => f.Triwulan);
        return Enumerable.Range(1, 4).Select(q =>
        {
            var forms = byQuarter[q].ToList();
            var counted = forms.Count(f => f.Status.IsCounted(includeSubmitted));
            var filled = forms.Count > 0 && counted == forms.Count && forms.All(f => f.Realisasi is not null);
            var status = forms.Count == 0 ? DataStatus.BelumDiisi : DataStatuses.LeastFinal(forms.Select(f => f.Status));
            return new AnggaranTriwulan(q, filled ? forms.Sum(f => f.Realisasi!.Value) : null, status, counted, forms.Count - counted);
        }).ToArray();
    }

    public static AnggaranPeriode Compute(Periode periode, long pagu, IReadOnlyList<AnggaranTriwulan> quarters)
    {
        var covered = periode.Covered.Select(q => quarters[q - 1]).ToList();
        var filled = covered.Where(q => q.IsFilled).ToList();
        long? realisasi = filled.Count == 0 ? null : filled.Sum(q => q.Realisasi!.Value);
        var behind = filled.Count > 0 ? filled : covered.Where(q => q.HasForms).ToList();
        var status = behind.Count == 0 ? DataStatus.BelumDiisi : DataStatuses.LeastFinal(behind.Select(q => q.Status));
        return new AnggaranPeriode(periode, pagu, realisasi, Serapan.Compute(pagu, realisasi),
            filled.Select(q => q.Triwulan).ToArray(), covered.Where(q => !q.IsFilled).Select(q => q.Triwulan).ToArray(), quarters, status);
    }

    /// <summary>
    /// A parent line (kegiatan, program, an OPD's total) from its children: a quarter adds up the children
    /// that are filled (money adds up, so the parent always equals the sum of the lines printed under
    /// it); its status is the least final of the children that have forms, so a parent with a child
    /// still being filled reads "belum diisi" rather than final.
    /// </summary>
    public static AnggaranTriwulan[] Sum(IReadOnlyList<IReadOnlyList<AnggaranTriwulan>> children) =>
        Enumerable.Range(1, 4).Select(q =>
        {
            var rows = children.Select(c => c[q - 1]).ToList();
            var filled = rows.Where(r => r.IsFilled).ToList();
            var withForms = rows.Where(r => r.HasForms).ToList();
            return new AnggaranTriwulan(q, filled.Count == 0 ? null : filled.Sum(r => r.Realisasi!.Value),
                withForms.Count == 0 ? DataStatus.BelumDiisi : DataStatuses.LeastFinal(withForms.Select(r => r.Status)),
                rows.Sum(r => r.Counted), rows.Sum(r => r.NotCounted));
        }).ToArray();
}
