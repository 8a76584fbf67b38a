using System.Globalization;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>Numbers, money and dates as an Indonesian document writes them, whatever the UI language.</summary>
public static class PkText
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>A target with exactly the indicator's decimals: 80.5 with 2 → "80,50", 1234 with 0 → "1.234".</summary>
    public static string Number(decimal value, int decimals) => value.ToString("N" + Math.Clamp(decimals, 0, 6), Indonesian);

    public static string Number(decimal? value, int decimals) => value is decimal v ? Number(v, decimals) : "";

    public static string Rupiah(long value) => "Rp " + value.ToString("N0", Indonesian);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", Indonesian);
}
