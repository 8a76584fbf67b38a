namespace Kinerja.Domain.Sop;

/// <summary>A flow target as read, with the line it was written on.</summary>
internal sealed record TargetDraft(StepTarget Target, int Line);

/// <summary>
/// A step as read from the text, before the flow across steps is checked. Holds what was
/// readable even when other fields were not, so one bad field does not hide the others.
/// </summary>
internal sealed class StepDraft
{
    /// <summary>Null when missing, invalid or a duplicate: such a step stays out of flow checks.</summary>
    public int? No { get; init; }

    public required int Line { get; init; }

    /// <summary>How messages name the step ("langkah 7", or "langkah ke-3" without a number).</summary>
    public required string Label { get; init; }

    public string Kegiatan { get; init; } = "";

    public ValueList<string> Pelaksana { get; init; } = ValueList<string>.Empty;

    public string? Kelengkapan { get; init; }

    public WaktuBaku Waktu { get; init; }

    public string? Output { get; init; }

    public string? Keterangan { get; init; }

    public TargetDraft? Ya { get; init; }

    public TargetDraft? Tidak { get; init; }

    public TargetDraft? Lanjut { get; init; }

    // Whether the key is written at all, readable or not: an unreadable target was reported
    // already and must not look like a missing one.
    public bool HasYa { get; init; }

    public bool HasTidak { get; init; }

    public bool HasLanjut { get; init; }

    public bool IsDecision => HasYa || HasTidak;

    public SopStep ToStep() => new(
        No ?? 0,
        Kegiatan,
        Pelaksana,
        new MutuBaku(Kelengkapan, Waktu, Output),
        Keterangan,
        Ya is not null && Tidak is not null ? new Decision(Ya.Target, Tidak.Target) : null,
        Lanjut?.Target);
}
