namespace Kinerja.Domain.Capaian;

/// <summary>
/// A sasaran's capaian: the mean of its indicators' capaian, unrounded, or their weighted mean when
/// the agency sets weights. Indicators without data yet, or whose capaian cannot be computed, are
/// left out of the mean and counted, so a page can say "rata-rata 3 dari 5 indikator".
/// </summary>
/// <remarks>
/// No indicators → tidak dapat dihitung (NoIndicators). None counted and all belum ada data → belum
/// ada data. None counted and some not computable → NoComputableIndicator. Weighted: the weights of
/// the counted indicators are the denominator (skipped ones drop out); if they add up to 0 →
/// ZeroTotalWeight.
/// </remarks>
public sealed record SasaranCapaian(CapaianResult Capaian, int Counted, int SkippedNoData, int SkippedNotComputable)
{
    public int Skipped => SkippedNoData + SkippedNotComputable;

    public static SasaranCapaian Mean(IEnumerable<CapaianResult> indikator) =>
        WeightedMean(indikator.Select(c => (c, 1m)));

    public static SasaranCapaian WeightedMean(IEnumerable<(CapaianResult Capaian, decimal Weight)> indikator)
    {
        var all = indikator.ToArray();
        foreach (var (_, weight) in all)
        {
            if (weight < 0) throw new DomainException("Bobot indikator tidak boleh negatif.", "Bobot");
            ValueLimit.Ensure(weight, "Bobot");
        }

        var counted = all.Where(i => i.Capaian is CapaianResult.Computed).ToArray();
        var noData = all.Count(i => i.Capaian is CapaianResult.NoData);
        var notComputable = all.Length - counted.Length - noData;

        return new(Combine(all.Length, counted, notComputable), counted.Length, noData, notComputable);
    }

    private static CapaianResult Combine(int total, (CapaianResult Capaian, decimal Weight)[] counted, int notComputable)
    {
        if (total == 0) return CapaianResult.Undefined(NotComputableReason.NoIndicators);
        if (counted.Length == 0)
            return notComputable > 0
                ? CapaianResult.Undefined(NotComputableReason.NoComputableIndicator)
                : CapaianResult.Empty;

        var totalWeight = counted.Sum(i => i.Weight);
        if (totalWeight == 0) return CapaianResult.Undefined(NotComputableReason.ZeroTotalWeight);
        try
        {
            return CapaianResult.Of(counted.Sum(i => i.Capaian.Percent!.Value * i.Weight) / totalWeight);
        }
        catch (OverflowException)
        {
            // Only uncapped capaian against tiny targets are large enough to get here.
            return CapaianResult.Undefined(NotComputableReason.OutOfRange);
        }
    }
}
