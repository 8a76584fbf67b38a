using System.Globalization;
using Kinerja.Domain.Capaian;

namespace Kinerja.Domain.Tests.Capaian;

/// <summary>
/// Tables write decimals as strings (attributes cannot hold decimal) and results as short text, so a
/// row reads like the rule it checks and a failure shows both sides plainly.
/// </summary>
internal static class CapaianText
{
    public static decimal D(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static decimal? Cap(string text) => text == "" ? null : D(text);

    /// <summary>"20" is a target of 20, "2..4" the band [2, 4].</summary>
    public static Target T(string text) =>
        text.Split("..") is [var lo, var up] ? Target.Band(D(lo), D(up)) : Target.Of(D(text));

    /// <summary>"20/30/25/25" and "18/35/-/-" into four quarters; "-" is not filled yet.</summary>
    public static TriwulanData[] Quarters(string targets, string realisasi)
    {
        var t = targets.Split('/');
        var r = realisasi.Split('/');
        return Enumerable.Range(0, 4)
            .Select(i => new TriwulanData(T(t[i]), r[i] == "-" ? null : D(r[i])))
            .ToArray();
    }

    /// <summary>"106", "116.6666666667" (10 decimals), "belum ada data" or "tidak: TargetZero".</summary>
    public static string Describe(CapaianResult result) => result switch
    {
        CapaianResult.Computed c => Number(c.Value),
        CapaianResult.NoData => "belum ada data",
        CapaianResult.NotComputable n => "tidak: " + n.Reason,
        _ => throw new InvalidOperationException(),
    };

    public static string Number(decimal value) =>
        Math.Round(value, 10).ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Number(Target? target) => target switch
    {
        null => "-",
        { } t when t.IsBand => Number(t.Lower) + ".." + Number(t.Upper),
        { } t => Number(t.Lower),
    };

    public static IndikatorSettings Settings(Polarity polarity, NegativeFormula formula, string cap = "", bool clamp = false) =>
        new()
        {
            Polarity = polarity,
            NegativeFormula = formula,
            Cap = Cap(cap),
            NegativeResult = clamp ? NegativeResult.ClampToZero : NegativeResult.Keep,
        };
}
