using System.Globalization;

namespace Kinerja.Domain.Capaian;

/// <summary>
/// How a percentage is shown: Indonesian number format with a space before the sign ("87,10 %",
/// "1.234,50 %"), rounded half away from zero as reports and spreadsheets do (87,105 → 87,11). The
/// only place a capaian is rounded; computation and averages always use the unrounded value.
/// </summary>
public static class CapaianFormat
{
    public const string NoDataText = "Belum ada data";
    public const string NotComputableText = "Tidak dapat dihitung";

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Percent(decimal value, int decimals = 2)
    {
        if (decimals is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Expected 0–10.");
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        // −0,004 rounds to a negative zero, which would print as "-0,00 %".
        if (rounded == 0) rounded = 0m;
        return rounded.ToString("N" + decimals, Indonesian) + " %";
    }

    /// <summary>"87,10 %", "Belum ada data", or "Tidak dapat dihitung" (the reason is shown apart).</summary>
    public static string Display(CapaianResult result, int decimals = 2) => result switch
    {
        CapaianResult.Computed c => Percent(c.Value, decimals),
        CapaianResult.NoData => NoDataText,
        _ => NotComputableText,
    };

    public static string Display(CapaianResult result, IndikatorSettings settings) => Display(result, settings.Decimals);
}
