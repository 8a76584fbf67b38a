namespace Kinerja.Domain.Capaian;

/// <summary>
/// Capaian of one target against one realisasi, by the indicator's polarity and formula, then its
/// NegativeResult and Cap settings. Roll-ups over periods (<see cref="CapaianCalculator"/>) build
/// the period's T and R first and come here once: percentages are never added or averaged.
/// </summary>
/// <remarks>
/// Edge cases (all in docs/capaian.md): T = R = 0 → 100 %. T = 0 with R ≠ 0 → the unbounded ratio
/// becomes the cap if there is one (+∞) or 0 % under ClampToZero (−∞), else tidak dapat dihitung
/// (TargetZero); rasio terbalik with T = 0 and R &gt; 0 is simply 0 %. Rasio terbalik with R = 0 and
/// T &gt; 0 → the cap, else RealisasiZero. A negative target → NegativeTarget; rasio terbalik with a
/// negative R → NegativeRealisasi. No realisasi → belum ada data.
/// </remarks>
public static class CapaianFormula
{
    public static CapaianResult Compute(IndikatorSettings settings, Target target, decimal? realisasi)
    {
        if (realisasi is not { } r) return CapaianResult.Empty;
        return Raw(settings, target, ValueLimit.Ensure(r, "Realisasi")).Settle(settings);
    }

    // Unchecked entry for roll-ups, whose sums of four quarters may exceed ValueLimit.
    internal static RawCapaian Raw(IndikatorSettings settings, Target target, decimal r) => settings.Polarity switch
    {
        Polarity.Range => Range(settings.NegativeFormula, target, r),
        _ when target.IsBand => RawCapaian.Undefined(NotComputableReason.BandTargetWithoutRangePolarity),
        Polarity.Negative => Negative(settings.NegativeFormula, target.Lower, r),
        _ => Positive(target.Lower, r),
    };

    private static RawCapaian Positive(decimal t, decimal r) =>
        t < 0
            ? RawCapaian.Undefined(NotComputableReason.NegativeTarget)
            : RawCapaian.Percent(r, t, NotComputableReason.TargetZero);

    private static RawCapaian Negative(NegativeFormula formula, decimal t, decimal r)
    {
        if (t < 0) return RawCapaian.Undefined(NotComputableReason.NegativeTarget);
        if (formula == NegativeFormula.Selisih) return RawCapaian.Percent(2 * t - r, t, NotComputableReason.TargetZero);
        return r < 0
            ? RawCapaian.Undefined(NotComputableReason.NegativeRealisasi)
            : RawCapaian.Percent(t, r, NotComputableReason.RealisasiZero);
    }

    // Inside the band is full achievement; outside, the nearer bound is the target and the side
    // decides the direction: below the band more is better, above it less is better.
    private static RawCapaian Range(NegativeFormula formula, Target band, decimal r) =>
        band.Contains(r) ? RawCapaian.Finite(100)
        : r < band.Lower ? Positive(band.Lower, r)
        : Negative(formula, band.Upper, r);
}
