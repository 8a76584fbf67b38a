namespace Kinerja.Domain.Capaian;

/// <summary>
/// An indicator's capaian for any period from its four quarters. The period's T and R are built
/// first by the indicator's roll-up and compared once, so a semester is (R1 + R2) / (T1 + T2), never
/// the sum or the mean of two quarterly percentages (the classic errors).
/// </summary>
/// <remarks>
/// Only filled quarters count: a period whose quarters are partly filled is computed over the filled
/// ones, like against like, and flagged incomplete (<see cref="PeriodeCapaian.IsComplete"/>). So
/// "s.d. TW III" after TW II is reported is the capaian to date, not a penalty for a quarter that has
/// not happened. Kumulatif: ΣR / ΣT. Nilai akhir: the last filled quarter's R / T. Rata-rata: mean R /
/// mean T, which equals ΣR / ΣT; it is computed from the sums, and the means are what the period shows.
/// </remarks>
public static class CapaianCalculator
{
    /// <param name="triwulan">Exactly four quarters, TW I first.</param>
    public static PeriodeCapaian Calculate(IndikatorSettings settings, Periode periode, IReadOnlyList<TriwulanData> triwulan)
    {
        // A count other than four is a programming error, not user data.
        if (triwulan.Count != 4)
            throw new ArgumentException($"Expected the four triwulan TW I–IV, got {triwulan.Count}.", nameof(triwulan));

        var covered = periode.Covered.Select(q => triwulan[q - 1]).ToArray();
        var filled = periode.Covered.Where(q => triwulan[q - 1].IsFilled).ToArray();
        var missing = periode.Covered.Where(q => !triwulan[q - 1].IsFilled).ToArray();
        var fullTarget = settings.RollUp switch
        {
            RollUp.NilaiAkhir => covered[^1].Target,
            RollUp.RataRata => Target.Sum(covered.Select(q => q.Target)).DividedBy(covered.Length),
            _ => Target.Sum(covered.Select(q => q.Target)),
        };
        if (filled.Length == 0)
            return new(periode, CapaianResult.Empty, null, null, fullTarget, filled, missing);

        var rows = filled.Select(q => triwulan[q - 1]).ToArray();
        var (target, realisasi, capaian) = settings.RollUp switch
        {
            RollUp.NilaiAkhir => Last(settings, rows[^1]),
            RollUp.RataRata => Mean(settings, rows),
            _ => Sum(settings, rows),
        };
        return new(periode, capaian, target, realisasi, fullTarget, filled, missing);
    }

    private static (Target, decimal, CapaianResult) Sum(IndikatorSettings settings, TriwulanData[] rows)
    {
        var t = Target.Sum(rows.Select(q => q.Target));
        var r = rows.Sum(q => q.Realisasi!.Value);
        return (t, r, CapaianFormula.Raw(settings, t, r).Settle(settings));
    }

    private static (Target, decimal, CapaianResult) Last(IndikatorSettings settings, TriwulanData row)
    {
        var r = row.Realisasi!.Value;
        return (row.Target, r, CapaianFormula.Raw(settings, row.Target, r).Settle(settings));
    }

    // mean R / mean T = ΣR / ΣT; the sums give the exact answer, the means are what is shown.
    private static (Target, decimal, CapaianResult) Mean(IndikatorSettings settings, TriwulanData[] rows)
    {
        var (t, r, capaian) = Sum(settings, rows);
        return (t.DividedBy(rows.Length), r / rows.Length, capaian);
    }
}
