namespace Kinerja.Domain.Capaian;

/// <summary>
/// An indicator's capaian for one period, with the figures behind it, so a report can print
/// "target 50, realisasi 53, capaian 106 %" and say when the period is not complete yet.
/// </summary>
/// <param name="Capaian">The period's capaian; belum ada data when no quarter of it is filled.</param>
/// <param name="Target">The target the realisasi was compared with: over the filled quarters only
/// (sum, last or mean by roll-up). Null when there is no data.</param>
/// <param name="Realisasi">The period's realisasi over the filled quarters (sum, last or mean). Null
/// when there is no data.</param>
/// <param name="FullTarget">The period's target over all its quarters, filled or not.</param>
/// <param name="Filled">The period's quarters with realisasi (1 = TW I).</param>
/// <param name="Missing">The period's quarters without realisasi yet.</param>
public sealed record PeriodeCapaian(
    Periode Periode,
    CapaianResult Capaian,
    Target? Target,
    decimal? Realisasi,
    Target FullTarget,
    IReadOnlyList<int> Filled,
    IReadOnlyList<int> Missing)
{
    /// <summary>
    /// Every quarter of the period has realisasi. When false the capaian is "sementara" (provisional):
    /// computed over the filled quarters only, and the page must say so.
    /// </summary>
    public bool IsComplete => Missing.Count == 0;

    /// <summary>
    /// Progress toward the annual target: the period's realisasi / T_year × 100 (for kumulatif ΣR /
    /// T_year, as domain.md defines it). A plain share, not a capaian: no polarity, cap or clamp, so
    /// for a lower-is-better indicator it reads as "share of the annual ceiling used". T_year = 0 and
    /// R = 0 → 100 %; T_year = 0 and R ≠ 0 → TargetZero; T_year &lt; 0 → NegativeTarget.
    /// </summary>
    public CapaianResult ProgressToward(decimal annualTarget)
    {
        ValueLimit.Ensure(annualTarget, nameof(annualTarget));
        if (Realisasi is not { } r) return CapaianResult.Empty;
        if (annualTarget < 0) return CapaianResult.Undefined(NotComputableReason.NegativeTarget);
        return RawCapaian.Percent(r, annualTarget, NotComputableReason.TargetZero).Settle(IndikatorSettings.Default);
    }
}
