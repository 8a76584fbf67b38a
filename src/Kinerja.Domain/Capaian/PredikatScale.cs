using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Kinerja.Domain.Capaian;

/// <summary>
/// A Pemda's predikat scale, as data: ascending half-open bands covering every value from −∞ to +∞
/// with no gap and no overlap, so every capaian — negative, 90,5 or 250 — has exactly one predikat.
/// A scale that breaks this is refused when built, before it can misclassify anything.
/// </summary>
/// <remarks>
/// A capaian's predikat is the band of the value <b>as displayed</b> (<see cref="CapaianDisplay"/>):
/// 90,999 % is shown "91,00 %" and is Sangat Tinggi, so a printed table agrees with itself. The
/// band lookup itself (<see cref="Classify(decimal)"/>) takes the number it is given.
/// </remarks>
public sealed partial class PredikatScale
{
    public PredikatScale(IEnumerable<PredikatBand> bands)
    {
        Bands = bands.ToArray();
        Validate(Bands);
    }

    public IReadOnlyList<PredikatBand> Bands { get; }

    /// <summary>
    /// The common scale of domain.md, integer bands read as half-open intervals on their lower bounds:
    /// Sangat Rendah (−∞, 51) — "≤ 50" including 50,5; Rendah [51, 66); Sedang [66, 76);
    /// Tinggi [76, 91) — "76–90" including 90,5; Sangat Tinggi [91, +∞) — "≥ 91".
    /// </summary>
    public static PredikatScale Default { get; } = new(
    [
        new(null, 51m, "Sangat Rendah", "#C62828"),
        new(51m, 66m, "Rendah", "#EF6C00"),
        new(66m, 76m, "Sedang", "#F9A825"),
        new(76m, 91m, "Tinggi", "#7CB342"),
        new(91m, null, "Sangat Tinggi", "#2E7D32"),
    ]);

    /// <summary>The band containing exactly this value. Validation guarantees there is one.</summary>
    public PredikatBand Classify(decimal capaian) => Bands.First(b => b.Contains(capaian));

    /// <summary>
    /// The predikat of a capaian as displayed with <paramref name="display"/> (two decimals by default);
    /// null for belum ada data and tidak dapat dihitung: they have no predikat.
    /// </summary>
    public PredikatBand? Classify(CapaianResult capaian, CapaianDisplay? display = null) =>
        (display ?? CapaianDisplay.Default).Predikat(this, capaian);

    private static void Validate(IReadOnlyList<PredikatBand> bands)
    {
        if (bands.Count == 0) Fail("Skala predikat harus memiliki paling sedikit satu rentang.");
        if (bands[0].Lower is not null) Fail("Rentang pertama skala predikat harus tanpa batas bawah.");
        if (bands[^1].Upper is not null) Fail("Rentang terakhir skala predikat harus tanpa batas atas.");

        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (string.IsNullOrWhiteSpace(band.Label)) Fail($"Rentang ke-{i + 1} tidak memiliki label.");
            if (band.Colour is null || !HexColour().IsMatch(band.Colour))
                Fail($"Warna rentang '{band.Label}' harus berformat #RRGGBB.");
            if (band.Lower is { } lo && band.Upper is { } up && lo >= up)
                Fail($"Batas bawah rentang '{band.Label}' harus lebih kecil dari batas atasnya.");
            if (i == 0) continue;

            var previous = bands[i - 1];
            if (previous.Upper is null || band.Lower is null)
                Fail($"Hanya rentang pertama dan terakhir yang boleh tanpa batas (rentang '{band.Label}').");
            if (previous.Upper < band.Lower)
                Fail($"Ada celah antara rentang '{previous.Label}' dan '{band.Label}'.");
            if (previous.Upper > band.Lower)
                Fail($"Rentang '{previous.Label}' dan '{band.Label}' tumpang tindih atau tidak urut naik.");
        }

        var labels = bands.Select(b => b.Label.Trim().ToUpperInvariant()).ToArray();
        if (labels.Distinct().Count() != labels.Length) Fail("Label predikat tidak boleh kembar.");
    }

    [DoesNotReturn]
    private static void Fail(string message) => throw new DomainException(message, "Predikat");

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
