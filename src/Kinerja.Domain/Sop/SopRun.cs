namespace Kinerja.Domain.Sop;

/// <summary>The outcome a decision step (a check, a paraf) records: Ya follows its Ya branch, Tidak its Tidak branch.</summary>
public enum Keputusan
{
    Ya = 1,
    Tidak = 2,
}

/// <summary>
/// How an SOP runs: which step is active first, and which step becomes active when one finishes.
/// Steps run one at a time, as the seed SOPs draw them; a decision follows its branch, and a Tidak
/// that points back (a refused paraf sending a letter back to correction) makes the earlier step
/// active again, as a new round of it. Pure: the caller keeps the state.
/// </summary>
public sealed class SopRun(SopDefinition definition)
{
    public SopDefinition Definition { get; } = definition;

    public SopStep First => Definition.Step(Definition.Start.StepNo);

    /// <summary>
    /// Where the flow goes when <paramref name="stepNo"/> finishes. A decision step needs its outcome;
    /// any other step refuses one, so an outcome is never recorded that changed nothing.
    /// </summary>
    public StepTarget Next(int stepNo, Keputusan? keputusan)
    {
        var step = Definition.Step(stepNo);
        if (step.Decision is { } d)
        {
            return keputusan switch
            {
                Keputusan.Ya => d.Ya,
                Keputusan.Tidak => d.Tidak,
                _ => throw new DomainException($"Langkah {stepNo} adalah keputusan: pilih Ya atau Tidak.", "keputusan"),
            };
        }
        if (keputusan is not null)
            throw new DomainException($"Langkah {stepNo} bukan langkah keputusan; Ya/Tidak tidak berlaku.", "keputusan");
        return Definition.NextOf(step)[0];
    }

    /// <summary>
    /// The steps a run passes through when each decision takes the outcome <paramref name="choose"/> gives it
    /// (asked with the step and how often it has been decided before), until selesai. Guarded against a
    /// chooser that never leaves a loop.
    /// </summary>
    public IReadOnlyList<int> Path(Func<SopStep, int, Keputusan> choose, int maxSteps = 1000)
    {
        var path = new List<int>();
        var decided = new Dictionary<int, int>();
        StepTarget at = StepTarget.Step(First.No);
        while (at.StepNo is int no)
        {
            if (path.Count >= maxSteps) throw new DomainException("Jalannya SOP tidak mencapai selesai.", "langkah");
            path.Add(no);
            var step = Definition.Step(no);
            Keputusan? k = null;
            if (step.IsDecision)
            {
                var n = decided.GetValueOrDefault(no);
                k = choose(step, n);
                decided[no] = n + 1;
            }
            at = Next(no, k);
        }
        return path;
    }

    /// <summary>The pelaksana ids of a step, in the order of the SOP's columns (the first is the one who answers for it).</summary>
    public IReadOnlyList<Pelaksana> PelaksanaOf(int stepNo) =>
        Definition.Step(stepNo).Pelaksana.Select(Definition.PelaksanaOf).ToList();

    /// <summary>The kelengkapan of a step as checklist items: the document's comma-separated list, trimmed.</summary>
    public static IReadOnlyList<string> KelengkapanItems(SopStep step) =>
        (step.MutuBaku.Kelengkapan ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
