namespace Kinerja.Domain.Capaian;

/// <summary>
/// The largest target, realisasi or amount accepted: 10^18, a thousand times a national budget in
/// rupiah. Keeping inputs below it means sums of four quarters and the ×100 of a percentage can never
/// overflow decimal, so the only arithmetic that can is a division by a tiny target (handled where it
/// happens). A larger number is a typing or import error, refused like any other invalid input.
/// </summary>
public static class ValueLimit
{
    public const decimal MaxAbsolute = 1_000_000_000_000_000_000m;

    public static decimal Ensure(decimal value, string field) =>
        Math.Abs(value) <= MaxAbsolute
            ? value
            : throw new DomainException("Nilai terlalu besar (melebihi 10^18); periksa isian.", field);

    public static decimal? Ensure(decimal? value, string field) =>
        value is { } v ? Ensure(v, field) : null;
}
