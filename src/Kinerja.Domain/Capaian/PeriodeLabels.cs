using System.Text.RegularExpressions;

namespace Kinerja.Domain.Capaian;

/// <summary>
/// Reading period labels back from what people type in spreadsheets and import files: the printed
/// labels plus the spellings they commonly use ("Triwulan 1", "TW.II", "s/d TW III"), any case, and
/// the codes a URL carries without spaces ("TW2", "S1", "SD_TW3", "TAHUNAN").
/// </summary>
internal static partial class PeriodeLabels
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV"];

    public static string Roman(int number) => Numerals[number - 1];

    public static bool TryParse(string? text, out Periode periode)
    {
        periode = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        // An underscore is a URL's space: "SD_TW3" reads as "SD TW3".
        var t = Whitespace().Replace(text.Trim().Replace('_', ' '), " ").Trim();

        if (Tahunan().IsMatch(t)) return true;

        var m = Triwulan().Match(t);
        if (m.Success)
        {
            var n = Number(m.Groups["n"].Value);
            periode = m.Groups["sd"].Success ? Periode.SampaiDenganTriwulan(n) : Periode.Triwulan(n);
            return true;
        }

        m = Semester().Match(t);
        if (!m.Success) return false;
        periode = Periode.Semester(Number(m.Groups["n"].Value));
        return true;
    }

    // The patterns only let through I–IV or 1–4, so this cannot fail.
    private static int Number(string numeral) =>
        int.TryParse(numeral, out var n) ? n : Array.IndexOf(Numerals, numeral.ToUpperInvariant()) + 1;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^tahunan$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tahunan();

    [GeneratedRegex(@"^(?<sd>(s\.d\.?|s/d|sd) ?)?(tw|triwulan)[ .]?(?<n>iv|iii|ii|i|[1-4])$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Triwulan();

    [GeneratedRegex(@"^(semester[ .]?(?<n>ii|i|[12])|s(?<n>[12]))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Semester();
}
