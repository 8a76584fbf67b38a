namespace Kinerja.Domain.Capaian;

public enum Polarity
{
    /// <summary>Higher is better: capaian = R / T × 100.</summary>
    Positive = 1,
    /// <summary>Lower is better ("semakin kecil semakin baik"), by the indicator's <see cref="NegativeFormula"/>.</summary>
    Negative = 2,
    /// <summary>Stabilisation: the target is a band [a, b]; inside is 100 %.</summary>
    Range = 3,
}

/// <summary>Both are in real use in published LKjIP, so each indicator chooses.</summary>
public enum NegativeFormula
{
    /// <summary>(2T − R) / T × 100: T 20, R 16 → 120 %.</summary>
    Selisih = 1,
    /// <summary>T / R × 100: T 20, R 16 → 125 %.</summary>
    RasioTerbalik = 2,
}

/// <summary>How quarterly values make up a longer period's value.</summary>
public enum RollUp
{
    /// <summary>Flows (counts, amounts): the period's T and R are sums of its quarters.</summary>
    Kumulatif = 1,
    /// <summary>Stocks, levels, rates, indices, percentages: the last filled quarter is the period's value.</summary>
    NilaiAkhir = 2,
    /// <summary>The mean of the filled quarters, where an agency defines the indicator so.</summary>
    RataRata = 3,
}

/// <summary>What to do with a capaian below 0 (selisih with R > 2T, or a negative realisasi).</summary>
public enum NegativeResult
{
    Keep = 1,
    ClampToZero = 2,
}

/// <summary>
/// How one indicator's capaian is computed. Agencies differ, so every choice is here rather than a
/// constant in the calculator. Invalid values are refused on construction, so the calculator never
/// meets them.
/// </summary>
public sealed record IndikatorSettings
{
    /// <summary>Positive, selisih (if made negative), kumulatif, no cap, negative results kept, 2 decimals.</summary>
    public static IndikatorSettings Default { get; } = new();

    private readonly Polarity polarity = Polarity.Positive;
    private readonly NegativeFormula negativeFormula = NegativeFormula.Selisih;
    private readonly RollUp rollUp = RollUp.Kumulatif;
    private readonly NegativeResult negativeResult = NegativeResult.Keep;
    private readonly decimal? cap;
    private readonly int decimals = 2;

    public Polarity Polarity { get => polarity; init => polarity = Defined(value, nameof(Polarity)); }

    /// <summary>Used when <see cref="Polarity"/> is Negative, and above the band of a Range indicator.</summary>
    public NegativeFormula NegativeFormula
    {
        get => negativeFormula;
        init => negativeFormula = Defined(value, nameof(NegativeFormula));
    }

    public RollUp RollUp { get => rollUp; init => rollUp = Defined(value, nameof(RollUp)); }

    public NegativeResult NegativeResult
    {
        get => negativeResult;
        init => negativeResult = Defined(value, nameof(NegativeResult));
    }

    /// <summary>
    /// The highest capaian reported (e.g. 100 or 120), or null for none. At least 100: a lower cap would
    /// report an indicator that met its target as not having met it.
    /// </summary>
    public decimal? Cap
    {
        get => cap;
        init => cap = value is null or >= 100m
            ? value
            : throw new DomainException("Batas atas capaian harus kosong atau paling sedikit 100 %.", nameof(Cap));
    }

    /// <summary>Decimals shown on screen and in reports (0–10); computation is never rounded.</summary>
    public int Decimals
    {
        get => decimals;
        init => decimals = value is >= 0 and <= 10
            ? value
            : throw new DomainException("Jumlah desimal tampilan harus antara 0 dan 10.", nameof(Decimals));
    }

    // Settings come from the database and forms; an unknown number must not reach a switch.
    private static T Defined<T>(T value, string field) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainException($"Nilai {field} '{value}' tidak dikenal.", field);
}
