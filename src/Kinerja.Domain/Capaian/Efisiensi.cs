namespace Kinerja.Domain.Capaian;

public enum Efisiensi
{
    /// <summary>Capaian kinerja well above serapan: more result per rupiah than planned.</summary>
    Efisien = 1,
    CukupEfisien = 2,
    TidakEfisien = 3,
}

/// <summary>
/// Efficiency compares capaian kinerja with serapan anggaran in percentage points: d = capaian −
/// serapan. d &gt; <see cref="EfisienAbove"/> → Efisien; d &lt; <see cref="TidakEfisienBelow"/> → Tidak
/// efisien; otherwise (both bounds included) Cukup efisien. Default ±5, per domain.md; configurable
/// per Pemda.
/// </summary>
public sealed record EfisiensiThresholds
{
    public static EfisiensiThresholds Default { get; } = new(5m, -5m);

    public EfisiensiThresholds(decimal efisienAbove, decimal tidakEfisienBelow)
    {
        ValueLimit.Ensure(efisienAbove, "Efisiensi");
        ValueLimit.Ensure(tidakEfisienBelow, "Efisiensi");
        if (tidakEfisienBelow > efisienAbove)
            throw new DomainException("Ambang tidak efisien tidak boleh di atas ambang efisien.", "Efisiensi");
        EfisienAbove = efisienAbove;
        TidakEfisienBelow = tidakEfisienBelow;
    }

    public decimal EfisienAbove { get; }

    public decimal TidakEfisienBelow { get; }

    public Efisiensi Classify(decimal capaian, decimal serapan)
    {
        // capaian − serapan compared as capaian against serapan + threshold: an uncapped capaian
        // against a tiny target can be near decimal's limit, where the subtraction would overflow.
        if (capaian > serapan + EfisienAbove) return Efisiensi.Efisien;
        if (capaian < serapan + TidakEfisienBelow) return Efisiensi.TidakEfisien;
        return Efisiensi.CukupEfisien;
    }

    /// <summary>
    /// The class of capaian and serapan as displayed with <paramref name="display"/> (two decimals by
    /// default), so the printed figures explain it. Null unless both are numbers: no class without data.
    /// </summary>
    public Efisiensi? Classify(CapaianResult capaian, CapaianResult serapan, CapaianDisplay? display = null) =>
        (display ?? CapaianDisplay.Default).Efisiensi(this, capaian, serapan);
}

public static class EfisiensiLabels
{
    public static string Label(this Efisiensi efisiensi) => efisiensi switch
    {
        Efisiensi.Efisien => "Efisien",
        Efisiensi.CukupEfisien => "Cukup efisien",
        Efisiensi.TidakEfisien => "Tidak efisien",
        _ => efisiensi.ToString(),
    };
}
