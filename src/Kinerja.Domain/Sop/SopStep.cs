namespace Kinerja.Domain.Sop;

/// <summary>
/// One row of the SOP table. A step with a <see cref="Decision"/> branches on Ya/Tidak; any other
/// step goes to <see cref="Lanjut"/> when given, else to the next step number, else to selesai.
/// </summary>
public sealed record SopStep(
    int No,
    string Kegiatan,
    ValueList<string> Pelaksana,
    MutuBaku MutuBaku,
    string? Keterangan = null,
    Decision? Decision = null,
    StepTarget? Lanjut = null)
{
    public bool IsDecision => Decision is not null;
}

/// <summary>The step's standard: what must be at hand, how long it may take, what it yields.</summary>
public sealed record MutuBaku(string? Kelengkapan, WaktuBaku Waktu, string? Output);

/// <summary>The two exits of a decision step.</summary>
public sealed record Decision(StepTarget Ya, StepTarget Tidak);

/// <summary>Where the flow goes: a step number, or the end of the SOP ("selesai").</summary>
public readonly record struct StepTarget
{
    private StepTarget(int? stepNo) => StepNo = stepNo;

    /// <summary>The target step, or null for selesai.</summary>
    public int? StepNo { get; }

    public bool IsSelesai => StepNo is null;

    public static StepTarget Selesai => new(null);

    public static StepTarget Step(int no) => new(no);

    public override string ToString() => StepNo?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "selesai";
}
