namespace Kinerja.Domain.Capaian;

/// <summary>
/// One quarter of an indicator: its target from the Rencana Aksi and its realisasi, which is null
/// until the unit has filled it in. Null is "not reported yet", never 0.
/// </summary>
public sealed record TriwulanData
{
    private readonly decimal? realisasi;

    public TriwulanData(Target target, decimal? realisasi)
    {
        Target = target;
        Realisasi = realisasi;
    }

    public Target Target { get; init; }

    public decimal? Realisasi
    {
        get => realisasi;
        init => realisasi = ValueLimit.Ensure(value, nameof(Realisasi));
    }

    public bool IsFilled => Realisasi is not null;
}
