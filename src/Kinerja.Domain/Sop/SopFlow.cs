namespace Kinerja.Domain.Sop;

/// <summary>The successor rule, shared by the definition and its validation.</summary>
internal static class SopFlow
{
    /// <summary>
    /// A decision exits by Ya and Tidak; another step by its explicit lanjut, else the next
    /// higher step number (list order need not be sorted), else selesai.
    /// </summary>
    public static IReadOnlyList<StepTarget> NextOf(SopStep step, IEnumerable<int> allStepNumbers)
    {
        if (step.Decision is { } d) return [d.Ya, d.Tidak];
        if (step.Lanjut is { } lanjut) return [lanjut];
        return [FollowingStep(step.No, allStepNumbers)];
    }

    public static StepTarget FollowingStep(int no, IEnumerable<int> allStepNumbers)
    {
        var later = allStepNumbers.Where(n => n > no).ToList();
        return later.Count == 0 ? StepTarget.Selesai : StepTarget.Step(later.Min());
    }
}
