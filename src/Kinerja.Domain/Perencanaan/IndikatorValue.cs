using System.Globalization;

namespace Kinerja.Domain.Perencanaan;

/// <summary>
/// Whether a target or realisasi fits its indicator: no more decimals than the indicator keeps,
/// not negative, and a percentage within 0–100 unless the indicator allows more.
/// </summary>
public static class IndikatorValue
{
    public const int MaxDecimals = 6;

    public static bool IsPercent(string satuan) => satuan.Trim() is "%" or "persen" or "Persen" or "persentase";

    /// <summary>Significant decimal places: 12.50 has one.</summary>
    public static int DecimalPlaces(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        return point < 0 ? 0 : text.TrimEnd('0').Length - point - 1;
    }

    public static void Check(decimal value, int decimals, string satuan, bool allowsAbove100, string field, string label)
    {
        if (DecimalPlaces(value) > decimals)
            throw new DomainException(decimals == 0
                ? $"{label} harus bilangan bulat (indikator ini tanpa desimal)."
                : $"{label} paling banyak {decimals} angka desimal.", field);
        if (value < 0) throw new DomainException($"{label} tidak boleh negatif.", field);
        if (IsPercent(satuan) && value > 100 && !allowsAbove100)
            throw new DomainException($"{label} dalam persen harus antara 0 dan 100.", field);
    }
}
