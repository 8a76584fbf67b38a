using System.Globalization;

namespace Kinerja.Domain.Perencanaan;

/// <summary>
/// A number typed by a planner: Indonesian "80,50" or "1.234,5", or "80.50" as an &lt;input
/// type=number&gt; sends it. With both signs the comma is the decimal one (Indonesian); with only one
/// of them it is the decimal sign ("1.234" reads as one and 234 thousandths): a lone thousands
/// separator cannot be told from a decimal sign, and the indicator's decimals check catches the slip.
/// </summary>
public static class NumberText
{
    public static decimal? Parse(string? text, string field, string label)
    {
        var t = text?.Trim().Replace(" ", "");
        if (string.IsNullOrEmpty(t)) return null;
        if (t.Contains(',') && t.Contains('.'))
        {
            if (t.LastIndexOf('.') > t.IndexOf(',')) throw NotANumber(text!, field, label);
            t = t.Replace(".", "");
        }
        t = t.Replace(',', '.');
        if (t.Count(c => c == '.') > 1 || !decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw NotANumber(text!, field, label);
        return value;
    }

    private static DomainException NotANumber(string text, string field, string label) =>
        new($"{label} \"{text.Trim()}\" bukan angka (contoh: 80,50).", field);
}
