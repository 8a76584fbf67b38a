using System.Globalization;
using System.Text.Json;
using Kinerja.Domain.Rekap;

namespace Kinerja.Web.Features.Rekap;

/// <summary>How the recap's numbers are written on the page and rounded in its files, so both show the same figure.</summary>
public static class RekapFormat
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The value as shown with <paramref name="decimals"/> (half away from zero, no −0).</summary>
    public static decimal Rounded(decimal value, int decimals)
    {
        var r = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return r == 0 ? 0m : r;
    }

    /// <summary>"1.234,50" with the indicator's decimals; "–" for no value.</summary>
    public static string Number(decimal? value, int decimals) => value is { } v ? Rounded(v, decimals).ToString("N" + decimals, Id) : "–";

    /// <summary>A target: a value, or a band "80,00 – 95,00".</summary>
    public static string Target(decimal? lower, decimal? upper, int decimals) =>
        lower is null ? "–" : upper is { } u && u > lower ? $"{Number(lower, decimals)} – {Number(u, decimals)}" : Number(lower, decimals);

    /// <summary>A band of the predikat scale as the legend prints it: "≥ 90 %", "65 – < 90 %" (edges as set, up to two decimals).</summary>
    public static string Band(Kinerja.Web.Features.Perencanaan.PredikatBandDto b)
    {
        string Edge(decimal v) => v.ToString("0.##", Id);
        return (b.Lower is { } l ? b.Upper is { } u ? $"{Edge(l)} – < {Edge(u)}" : "≥ " + Edge(l) : b.Upper is { } only ? "< " + Edge(only) : "") + " %";
    }

    public static string Rupiah(long? value) => value is { } v ? v.ToString("#,##0", Id) : "–";

    /// <summary>A number for data-sort attributes (invariant), empty for none.</summary>
    public static string Sort(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Badge(DataStatus s) => s switch
    {
        DataStatus.Terkunci => "text-bg-success",
        DataStatus.Diajukan => "text-bg-info",
        DataStatus.Dikembalikan => "text-bg-warning",
        _ => "text-bg-light border",
    };

    public static string Json(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
