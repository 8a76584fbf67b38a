namespace Kinerja.Domain.Capaian;

/// <summary>
/// A formula's answer before the indicator's NegativeResult and Cap settings apply. Division by 0 is
/// kept as ±∞ rather than decided on the spot, because the settings decide it: a cap bounds +∞ (a
/// zero target exceeded is above any cap), a clamp bounds −∞; without them it cannot be computed.
/// </summary>
internal readonly record struct RawCapaian(RawCapaian.Kinds Kind, decimal Value, NotComputableReason Reason)
{
    public enum Kinds { Finite, PlusInfinity, MinusInfinity, Undefined }

    public static RawCapaian Finite(decimal value) => new(Kinds.Finite, value, default);

    public static RawCapaian Undefined(NotComputableReason reason) => new(Kinds.Undefined, 0, reason);

    /// <summary>numerator / denominator × 100; <paramref name="whenUnbounded"/> names a division by 0.</summary>
    public static RawCapaian Percent(decimal numerator, decimal denominator, NotComputableReason whenUnbounded)
    {
        if (denominator == 0)
        {
            // 0 / 0 arises only when target and realisasi are both 0: nothing was asked and nothing
            // happened, which meets the target.
            if (numerator == 0) return Finite(100);
            return new(numerator > 0 ? Kinds.PlusInfinity : Kinds.MinusInfinity, 0, whenUnbounded);
        }
        try
        {
            // Multiply first: one rounding (in the division) instead of two.
            return Finite(numerator * 100 / denominator);
        }
        catch (OverflowException)
        {
            // Only a tiny denominator gets here (inputs are bounded by ValueLimit). Beyond ±7.9 × 10^28
            // is as good as ±∞ for a percentage, so it is settled the same way, naming its own reason.
            var positive = numerator > 0 == denominator > 0;
            return new(positive ? Kinds.PlusInfinity : Kinds.MinusInfinity, 0, NotComputableReason.OutOfRange);
        }
    }

    /// <summary>Applies the indicator's NegativeResult and Cap settings.</summary>
    public CapaianResult Settle(IndikatorSettings settings) => Kind switch
    {
        Kinds.Finite => CapaianResult.Of(Bound(Value, settings)),
        Kinds.PlusInfinity when settings.Cap is { } cap => CapaianResult.Of(cap),
        Kinds.MinusInfinity when settings.NegativeResult == NegativeResult.ClampToZero => CapaianResult.Of(0),
        _ => CapaianResult.Undefined(Reason),
    };

    private static decimal Bound(decimal value, IndikatorSettings settings)
    {
        if (value < 0 && settings.NegativeResult == NegativeResult.ClampToZero) value = 0;
        if (settings.Cap is { } cap && value > cap) value = cap;
        return value;
    }
}
