using System.Globalization;

namespace Kinerja.Domain.Pengumpulan;

/// <summary>Numbers in messages and forms as Indonesians write them: "1.234,5", "Rp1.250.000".</summary>
public static class Angka
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Format(decimal value)
    {
        var text = value.ToString("#,##0.##########", Indonesian);
        return text == "-0" ? "0" : text;
    }

    public static string Rupiah(long value) => "Rp" + value.ToString("#,##0", Indonesian);
}
