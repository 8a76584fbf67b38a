namespace Kinerja.Domain.Capaian;

/// <summary>Why a percentage is "tidak dapat dihitung". Each is a documented rule (docs/capaian.md).</summary>
public enum NotComputableReason
{
    /// <summary>T = 0 and R ≠ 0, the ratio is unbounded, and no cap (or clamp) gives it a value.</summary>
    TargetZero = 1,
    /// <summary>Rasio terbalik T / R with R = 0 and T &gt; 0, and no cap.</summary>
    RealisasiZero = 2,
    /// <summary>A target below 0: a ratio against it inverts the meaning of better and worse.</summary>
    NegativeTarget = 3,
    /// <summary>Rasio terbalik with R &lt; 0: T / R would turn the best results into negative ones.</summary>
    NegativeRealisasi = 4,
    /// <summary>A band target on an indicator whose polarity is not Range.</summary>
    BandTargetWithoutRangePolarity = 5,
    /// <summary>
    /// The percentage is beyond decimal's range (a target like 0.0000000001 against a huge R), and no
    /// cap (or clamp) bounds it.
    /// </summary>
    OutOfRange = 6,
    /// <summary>A sasaran with no indicators.</summary>
    NoIndicators = 7,
    /// <summary>A sasaran whose indicators all have data but none a computable capaian.</summary>
    NoComputableIndicator = 8,
    /// <summary>The weights of the indicators that count add up to 0.</summary>
    ZeroTotalWeight = 9,
    /// <summary>Serapan with a pagu of 0: there was no budget to absorb.</summary>
    PaguZero = 10,
    /// <summary>A negative pagu or realisasi anggaran.</summary>
    NegativeAmount = 11,
    /// <summary>
    /// A period quarter has no target: no signed PK's Rencana Aksi sets it, and the Renstra's yearly
    /// target cannot be split into the quarters of a kumulatif indicator.
    /// </summary>
    NoQuarterTarget = 12,
}

public static class NotComputableReasons
{
    /// <summary>The explanation shown next to "Tidak dapat dihitung".</summary>
    public static string Label(this NotComputableReason reason) => reason switch
    {
        NotComputableReason.TargetZero => "Target 0 sedangkan realisasi bukan 0",
        NotComputableReason.RealisasiZero => "Realisasi 0 pada rumus rasio terbalik (T/R)",
        NotComputableReason.NegativeTarget => "Target bernilai negatif",
        NotComputableReason.NegativeRealisasi => "Realisasi negatif pada rumus rasio terbalik (T/R)",
        NotComputableReason.BandTargetWithoutRangePolarity => "Target berupa rentang, tetapi polaritas indikator bukan rentang",
        NotComputableReason.OutOfRange => "Hasil di luar jangkauan perhitungan",
        NotComputableReason.NoIndicators => "Sasaran tidak memiliki indikator",
        NotComputableReason.NoComputableIndicator => "Tidak ada indikator yang capaiannya dapat dihitung",
        NotComputableReason.ZeroTotalWeight => "Jumlah bobot indikator 0",
        NotComputableReason.PaguZero => "Pagu 0",
        NotComputableReason.NegativeAmount => "Pagu atau realisasi anggaran negatif",
        NotComputableReason.NoQuarterTarget => "Target triwulan belum ditetapkan di Rencana Aksi PK yang ditandatangani",
        _ => reason.ToString(),
    };
}
