using System.Globalization;

namespace Kinerja.Domain.Capaian;

/// <summary>
/// A target: a single value, or a band [Lower, Upper] for Range (stabilisation) indicators. A single
/// value is the band [t, t], which lets kumulatif and rata-rata roll-ups add and average bands and
/// values alike. <c>default</c> is the target 0.
/// </summary>
public readonly record struct Target
{
    // Unchecked: the internal sums of four quarters may pass ValueLimit, which bounds inputs only.
    private Target(decimal lower, decimal upper)
    {
        Lower = lower;
        Upper = upper;
    }

    public decimal Lower { get; }

    public decimal Upper { get; }

    /// <summary>True for a band of some width; a band [5, 5] is the target 5.</summary>
    public bool IsBand => Lower != Upper;

    public static Target Of(decimal value)
    {
        ValueLimit.Ensure(value, nameof(Target));
        return new(value, value);
    }

    public static Target Band(decimal lower, decimal upper) =>
        lower <= upper
            ? new(ValueLimit.Ensure(lower, nameof(Target)), ValueLimit.Ensure(upper, nameof(Target)))
            : throw new DomainException("Batas bawah rentang target tidak boleh melebihi batas atas.", nameof(Target));

    public static implicit operator Target(decimal value) => Of(value);

    public bool Contains(decimal value) => value >= Lower && value <= Upper;

    // Sums and means stay far inside decimal's range because every input bound is within ValueLimit.
    internal static Target Sum(IEnumerable<Target> targets)
    {
        decimal lower = 0, upper = 0;
        foreach (var t in targets)
        {
            lower += t.Lower;
            upper += t.Upper;
        }
        return new(lower, upper);
    }

    internal Target DividedBy(int count) => new(Lower / count, Upper / count);

    public override string ToString() =>
        IsBand
            ? $"{Lower.ToString(CultureInfo.InvariantCulture)}–{Upper.ToString(CultureInfo.InvariantCulture)}"
            : Lower.ToString(CultureInfo.InvariantCulture);
}
