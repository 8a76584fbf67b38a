namespace Kinerja.Domain.Capaian;

/// <summary>
/// The outcome of a capaian (or serapan, or progress) computation. Three cases, because a screen
/// and a report must tell them apart: a number; "belum ada data" (nothing reported yet — showing it
/// as 0 % would accuse a unit of failing a quarter it has not reported); and "tidak dapat dihitung"
/// with the reason, for the genuinely undefined cases. Closed: only the three nested types exist.
/// </summary>
public abstract record CapaianResult
{
    private CapaianResult() { }

    /// <summary>A percentage at full precision; round only to display it.</summary>
    public sealed record Computed(decimal Value) : CapaianResult;

    /// <summary>"Belum ada data": no realisasi yet.</summary>
    public sealed record NoData : CapaianResult;

    /// <summary>"Tidak dapat dihitung": the data are there but no percentage means anything.</summary>
    public sealed record NotComputable(NotComputableReason Reason) : CapaianResult;

    /// <summary>The percentage, or null when there is none (for pages that only show a number).</summary>
    public decimal? Percent => this is Computed c ? c.Value : null;

    public static CapaianResult Of(decimal percent) => new Computed(percent);

    public static CapaianResult Empty { get; } = new NoData();

    public static CapaianResult Undefined(NotComputableReason reason) => new NotComputable(reason);
}
