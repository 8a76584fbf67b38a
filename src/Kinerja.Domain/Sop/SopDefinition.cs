namespace Kinerja.Domain.Sop;

/// <summary>
/// An SOP as data: identity block, actor columns, steps with their mutu baku, and the flow
/// between them. Immutable; two definitions with the same content are equal.
/// Build one with <see cref="SopDefinitionParser.Parse"/>, which validates it.
/// </summary>
public sealed record SopDefinition
{
    public required SopIdentitas Identitas { get; init; }

    public required ValueList<Pelaksana> Pelaksana { get; init; }

    public required ValueList<SopStep> Steps { get; init; }

    public required SopStart Start { get; init; }

    public SopEnd End { get; init; } = new(null);

    /// <summary>The total standard time as the document states it ("122 Hari 3 jam"), if it does.</summary>
    public string? JumlahWaktu { get; init; }

    public LembarKerja? LembarKerja { get; init; }

    public SopStep Step(int no) =>
        Steps.FirstOrDefault(s => s.No == no) ?? throw new DomainException($"Langkah {no} tidak ada.", "langkah");

    public Pelaksana PelaksanaOf(string id) =>
        Pelaksana.FirstOrDefault(p => p.Id == id) ?? throw new DomainException($"Pelaksana '{id}' tidak ada.", "pelaksana");

    /// <summary>Where the flow may go after a step: Ya then Tidak for a decision, else one target.</summary>
    public IReadOnlyList<StepTarget> NextOf(SopStep step) => SopFlow.NextOf(step, Steps.Select(s => s.No));

    /// <summary>The sum of every step's standard time (all branches), see <see cref="WaktuTotal"/>.</summary>
    public WaktuTotal TotalWaktu => WaktuTotal.Sum(Steps.Select(s => s.MutuBaku.Waktu));
}

/// <summary>The first step, and the actor whose column holds "Mulai" when the document shows it.</summary>
public sealed record SopStart(int StepNo, string? PelaksanaId = null);

/// <summary>The actor whose column holds "Selesai" when the document shows it.</summary>
public sealed record SopEnd(string? PelaksanaId);
