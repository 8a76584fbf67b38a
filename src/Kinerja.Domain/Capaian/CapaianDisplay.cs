namespace Kinerja.Domain.Capaian;

/// <summary>
/// How capaian (and serapan, progress) are shown: one precision for the whole Pemda — two decimals
/// unless the Pemda sets otherwise — independent of how many decimals an indicator's realisasi takes.
/// The predikat and the efficiency class are decided on the value as displayed, so a printed table
/// agrees with itself: 90,999 % prints "91,00 %" and is Sangat Tinggi, as its reader would say.
/// </summary>
/// <remarks>
/// Computation never rounds: sasaran means, sums and roll-ups use the unrounded values, and only the
/// figure put in front of a reader (with its predikat or efficiency class) is rounded, once, half away
/// from zero as spreadsheets and published reports do.
/// </remarks>
public sealed record CapaianDisplay
{
    public const int DefaultDecimals = 2;

    public static CapaianDisplay Default { get; } = new(DefaultDecimals);

    public CapaianDisplay(int decimals)
    {
        Decimals = decimals is >= 0 and <= 10
            ? decimals
            : throw new DomainException("Jumlah desimal tampilan capaian harus antara 0 dan 10.", nameof(Decimals));
    }

    public int Decimals { get; }

    /// <summary>The value as the reader sees it (−0 becomes 0).</summary>
    public decimal Rounded(decimal value)
    {
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0m : rounded;
    }

    /// <summary>"87,50 %", "Belum ada data" or "Tidak dapat dihitung".</summary>
    public string Text(CapaianResult result) => CapaianFormat.Display(result, Decimals);

    /// <summary>The band of the displayed value; null for belum ada data and tidak dapat dihitung.</summary>
    public PredikatBand? Predikat(PredikatScale scale, CapaianResult capaian) =>
        capaian.Percent is { } value ? scale.Classify(Rounded(value)) : null;

    /// <summary>The efficiency class of the displayed capaian and serapan; null unless both are numbers.</summary>
    public Efisiensi? Efisiensi(EfisiensiThresholds thresholds, CapaianResult capaian, CapaianResult serapan) =>
        capaian.Percent is { } c && serapan.Percent is { } s ? thresholds.Classify(Rounded(c), Rounded(s)) : null;
}
