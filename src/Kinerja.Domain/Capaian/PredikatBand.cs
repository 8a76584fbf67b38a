namespace Kinerja.Domain.Capaian;

/// <summary>
/// One band of a predikat scale: the half-open interval [Lower, Upper) of capaian %, so a value on a
/// boundary belongs to the band above it and every value to exactly one band. A null Lower is −∞,
/// a null Upper is +∞.
/// </summary>
/// <param name="Colour">"#RRGGBB", for tables and charts.</param>
public sealed record PredikatBand(decimal? Lower, decimal? Upper, string Label, string Colour)
{
    public bool Contains(decimal capaian) =>
        (Lower is null || capaian >= Lower) && (Upper is null || capaian < Upper);
}
