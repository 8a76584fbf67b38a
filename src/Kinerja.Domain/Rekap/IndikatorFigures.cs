using Kinerja.Domain.Capaian;

namespace Kinerja.Domain.Rekap;

/// <summary>One form's figure of an indicator in one quarter (one unit's row, or an OPD's Pemda-wide row).</summary>
public sealed record FormFigure(int Triwulan, decimal? Realisasi, DataStatus Status);

/// <summary>One quarter as the recap counts it: its target, the combined realisasi (null = not filled) and the forms behind it.</summary>
/// <param name="Status">The least final status of the quarter's forms; belum diisi when it has none.</param>
/// <param name="Counted">Forms whose status counts (locked, or submitted when asked).</param>
/// <param name="NotCounted">Forms of the quarter that do not count (being filled, returned, or not locked yet).</param>
public sealed record TriwulanFigure(int Triwulan, QuarterTarget Target, decimal? Realisasi, DataStatus Status, int Counted, int NotCounted)
{
    public bool IsFilled => Realisasi is not null;
    public bool HasForms => Counted + NotCounted > 0;
}

/// <summary>
/// An indicator's figures for one period, with what is behind them. <see cref="Capaian"/> is the engine's
/// answer, or tidak dapat dihitung (NoQuarterTarget) when a quarter of the period has no target.
/// </summary>
/// <param name="Target">The target compared (over filled quarters); null without data or without quarter targets.</param>
/// <param name="Realisasi">The period's realisasi over its filled quarters (sum, last or mean by roll-up); null without data.</param>
/// <param name="FullTarget">The whole period's target; null without quarter targets.</param>
/// <param name="Status">The data behind the figure: the least final status of the filled quarters, else of the quarters that have forms.</param>
/// <param name="Progress">Progress toward the annual target (ΣR / T_year); null for range indicators or without a yearly target.</param>
public sealed record IndikatorPeriode(
    Periode Periode,
    TargetSource Source,
    CapaianResult Capaian,
    Target? Target,
    decimal? Realisasi,
    Target? FullTarget,
    IReadOnlyList<int> Filled,
    IReadOnlyList<int> Missing,
    IReadOnlyList<TriwulanFigure> Triwulan,
    DataStatus Status,
    CapaianResult? Progress)
{
    public bool IsComplete => Missing.Count == 0;
    public bool HasData => Filled.Count > 0;
    /// <summary>Every form behind the figure is locked.</summary>
    public bool IsFinal => Status == DataStatus.Terkunci;
}

/// <summary>
/// The one computation behind every capaian Kinerja shows for stored data — the indicator capaian
/// endpoint, the recap, the reports: the forms' figures are combined per quarter, then the engine
/// computes the period (<see cref="CapaianCalculator"/>).
/// </summary>
/// <remarks>
/// A quarter is filled only when <b>every</b> form of it that holds the indicator counts and has a figure:
/// with two units answering for one indicator, one unit's figure alone is not the quarter's (a flow would
/// be half its size). Flows (kumulatif) add the units' figures; levels and rates (nilai akhir,
/// rata-rata) take their mean. Without quarter targets (see <see cref="QuarterTargets"/>) only the whole
/// year of a Renstra-targeted indicator, reported in full, is compared; any other period is tidak dapat
/// dihitung, while its realisasi and progress toward the year are still reported.
/// </remarks>
public static class IndikatorFigures
{
    public static TriwulanFigure[] Quarters(RollUp rollUp, QuarterTargets targets, IEnumerable<FormFigure> figures, bool includeSubmitted)
    {
        var byQuarter = figures.ToLookup(f => f.Triwulan);
        return Enumerable.Range(1, 4).Select(q =>
        {
            var forms = byQuarter[q].ToList();
            var counted = forms.Count(f => f.Status.IsCounted(includeSubmitted));
            var filled = forms.Count > 0 && counted == forms.Count && forms.All(f => f.Realisasi is not null);
            decimal? realisasi = null;
            if (filled)
            {
                var sum = forms.Sum(f => f.Realisasi!.Value);
                realisasi = rollUp == RollUp.Kumulatif ? sum : sum / forms.Count;
            }
            var status = forms.Count == 0 ? DataStatus.BelumDiisi : DataStatuses.LeastFinal(forms.Select(f => f.Status));
            return new TriwulanFigure(q, targets.Quarters[q - 1], realisasi, status, counted, forms.Count - counted);
        }).ToArray();
    }

    public static IndikatorPeriode Compute(IndikatorSettings settings, Periode periode, QuarterTargets targets,
        IEnumerable<FormFigure> figures, bool includeSubmitted) =>
        Compute(settings, periode, targets, Quarters(settings.RollUp, targets, figures, includeSubmitted));

    public static IndikatorPeriode Compute(IndikatorSettings settings, Periode periode, QuarterTargets targets, IReadOnlyList<TriwulanFigure> quarters)
    {
        var data = quarters.Select(q => new TriwulanData(q.Target.ToTarget(), q.Realisasi)).ToArray();
        var computed = CapaianCalculator.Calculate(settings, periode, data);

        var wholeYearAgainstRenstra = periode.Covered.Count == 4 && data.All(d => d.IsFilled);
        var noTarget = periode.Covered.Any(q => !quarters[q - 1].Target.IsSet)
                       && !(targets.Source == TargetSource.Renstra && wholeYearAgainstRenstra);

        var covered = periode.Covered.Select(q => quarters[q - 1]).ToList();
        var behind = covered.Where(q => q.IsFilled).ToList();
        if (behind.Count == 0) behind = covered.Where(q => q.HasForms).ToList();
        var status = behind.Count == 0 ? DataStatus.BelumDiisi : DataStatuses.LeastFinal(behind.Select(q => q.Status));

        CapaianResult? progress = settings.Polarity == Polarity.Range || targets.AnnualTarget is not decimal annual
            ? null
            : computed.ProgressToward(annual);

        return noTarget
            ? new(periode, targets.Source, CapaianResult.Undefined(NotComputableReason.NoQuarterTarget), null, computed.Realisasi, null,
                computed.Filled, computed.Missing, quarters, status, progress)
            : new(periode, targets.Source, computed.Capaian, computed.Target, computed.Realisasi, computed.FullTarget,
                computed.Filled, computed.Missing, quarters, status, progress);
    }
}
