using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Capaian;
using Kinerja.Web.Documents;

namespace Kinerja.Web.Features.Perencanaan.Excel;

/// <summary>
/// The layout of a Renstra's indicator workbook, shared by the download and the upload: a title row,
/// the header row, then one row per indicator with one target column per Renstra year. A range
/// indicator's target is text "80 – 95" (lower – upper) in that year's cell; every other number is a
/// real number cell.
/// </summary>
public static partial class RenstraSheet
{
    public const int HeaderRow = 2;

    public static readonly string[] Fixed =
        ["Kode Tujuan", "Kode Sasaran", "Sasaran", "Kode Indikator", "Indikator", "Satuan", "Polaritas", "Rumus Negatif", "Akumulasi", "Desimal", "IKU", "Kondisi Awal"];

    /// <summary>Columns from here on describe the indicator; a row with all of them blank is a sasaran without indicators.</summary>
    public const int FirstIndikatorColumn = 3;

    public static IEnumerable<int> Years(Renstra r) => Enumerable.Range(r.TahunAwal, r.TahunAkhir - r.TahunAwal + 1);

    public static string TargetColumn(int year) => $"Target {year}";

    public static string[] Header(Renstra r) => [.. Fixed, .. Years(r).Select(TargetColumn), "Target Akhir"];

    public static string Title(Renstra r) => $"Indikator Renstra: {r.Nama} ({r.TahunAwal}–{r.TahunAkhir})";

    public static readonly (Polarity Value, string Label)[] Polarities = [(Polarity.Positive, "Positif"), (Polarity.Negative, "Negatif"), (Polarity.Range, "Rentang")];
    public static readonly (NegativeFormula Value, string Label)[] Formulas = [(NegativeFormula.Selisih, "Selisih"), (NegativeFormula.RasioTerbalik, "Rasio Terbalik")];
    public static readonly (RollUp Value, string Label)[] RollUps = [(RollUp.Kumulatif, "Kumulatif"), (RollUp.NilaiAkhir, "Nilai Akhir"), (RollUp.RataRata, "Rata-rata")];

    public static string Label<T>((T Value, string Label)[] table, T value) where T : struct, Enum => table.First(x => x.Value.Equals(value)).Label;

    /// <summary>The label as written, case and spacing aside; the English enum name is accepted too.</summary>
    public static T? Parse<T>((T Value, string Label)[] table, string text) where T : struct, Enum
    {
        var key = Squash(text);
        foreach (var (value, label) in table)
            if (Squash(label) == key || Squash(value.ToString()) == key) return value;
        return null;
    }

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Which column a <see cref="SaveIndikator"/> field (or a column checked here) belongs to.</summary>
    public static string? Column(string? field) => field switch
    {
        null => null,
        "Kode" => "Kode Indikator",
        "Nama" => "Indikator",
        "Satuan" => "Satuan",
        "Polarity" => "Polaritas",
        "NegativeFormula" => "Rumus Negatif",
        "RollUp" => "Akumulasi",
        "Decimals" => "Desimal",
        "IsIku" => "IKU",
        "KondisiAwal" => "Kondisi Awal",
        "TargetAkhir" => "Target Akhir",
        _ when TargetField().Match(field) is { Success: true } m => TargetColumn(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)),
        _ when Fixed.Contains(field) || field.StartsWith("Target ", StringComparison.Ordinal) => field,
        _ => null,
    };

    [GeneratedRegex(@"^Targets\[(\d{4})\]$")]
    private static partial Regex TargetField();

    /// <summary>"80 – 95", with an Indonesian decimal comma: how Renstra documents write a band.</summary>
    public static string RangeText(decimal lower, decimal upper) => $"{Indonesian(lower)} – {Indonesian(upper)}";

    private static string Indonesian(decimal d) => Xlsx.NumberText(d).Replace('.', ',');

    /// <summary>Reads "80 – 95", "80-95", "2,5 s.d. 4" or "2.5 sampai 4": a comma or a point is the decimal mark; no thousands separators.</summary>
    public static bool TryParseRange(string text, out decimal lower, out decimal upper)
    {
        (lower, upper) = (0, 0);
        var m = RangePattern().Match(text);
        return m.Success
               && Xlsx.TryDecimal(m.Groups[1].Value.Replace(',', '.'), out lower)
               && Xlsx.TryDecimal(m.Groups[2].Value.Replace(',', '.'), out upper);
    }

    [GeneratedRegex(@"^\s*(\d+(?:[.,]\d+)?)\s*(?:–|—|-|s\.?\s?d\.?|sampai)\s*(\d+(?:[.,]\d+)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();
}
