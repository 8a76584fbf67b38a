namespace Kinerja.Domain.Sop;

/// <summary>
/// Checks the flow across steps: targets exist, every step can reach selesai (no cycle without
/// an exit), and every step can be reached from the start. A target already reported as unknown
/// or missing is read leniently here (as selesai / the next step) so one mistake is reported once.
/// </summary>
internal static class SopFlowRules
{
    public static void Check(IReadOnlyList<StepDraft> drafts, SopStart start, SopErrorList errors)
    {
        var steps = drafts.Where(d => d.No is not null).ToDictionary(d => d.No!.Value);
        foreach (var step in steps.Values) CheckTargetsExist(step, steps, errors);

        var next = steps.Values.ToDictionary(s => s.No!.Value, s => Successors(s, steps));
        var canEnd = StepsThatReachSelesai(next);
        foreach (var step in steps.Values.Where(s => !canEnd.Contains(s.No!.Value)))
        {
            errors.Add(step.Line, step.Label,
                $"tidak dapat mencapai selesai (siklus tanpa jalan keluar: {Cycle(step.No!.Value, next)})");
        }

        if (!steps.ContainsKey(start.StepNo)) return;
        var reached = ReachableFrom(start.StepNo, next);
        foreach (var step in steps.Values.Where(s => !reached.Contains(s.No!.Value)))
            errors.Add(step.Line, step.Label, $"tidak pernah dicapai dari langkah mulai ({start.StepNo})");
    }

    private static void CheckTargetsExist(StepDraft step, Dictionary<int, StepDraft> steps, SopErrorList errors)
    {
        foreach (var (key, target) in new[] { ("ya", step.Ya), ("tidak", step.Tidak), ("lanjut", step.Lanjut) })
        {
            if (target?.Target.StepNo is { } no && !steps.ContainsKey(no))
                errors.Add(target.Line, $"{step.Label}, kolom {key}", $"langkah tujuan {no} tidak ada");
        }
    }

    /// <summary>
    /// Successor step numbers; null stands for selesai. A missing branch counts as the next step;
    /// an unreadable or unknown target as both the next step and selesai, so it neither traps the
    /// step nor cuts off the steps after it.
    /// </summary>
    private static List<int?> Successors(StepDraft step, Dictionary<int, StepDraft> steps)
    {
        var following = SopFlow.FollowingStep(step.No!.Value, steps.Keys).StepNo;
        IEnumerable<int?> Resolve(TargetDraft? t, bool keyPresent) =>
            !keyPresent ? [following]
            : t is null ? [following, null]
            : t.Target.StepNo is not { } no ? [null]
            : steps.ContainsKey(no) ? [no] : [following, null];
        if (step.IsDecision) return [.. Resolve(step.Ya, step.HasYa), .. Resolve(step.Tidak, step.HasTidak)];
        return [.. Resolve(step.Lanjut, step.HasLanjut)];
    }

    private static HashSet<int> StepsThatReachSelesai(Dictionary<int, List<int?>> next)
    {
        var canEnd = new HashSet<int>();
        bool grew;
        do
        {
            grew = false;
            foreach (var (no, targets) in next)
            {
                if (!canEnd.Contains(no) && targets.Any(t => t is null || canEnd.Contains(t.Value)))
                    grew = canEnd.Add(no);
            }
        } while (grew);
        return canEnd;
    }

    private static HashSet<int> ReachableFrom(int start, Dictionary<int, List<int?>> next)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var no))
        {
            foreach (var t in next[no].OfType<int>())
                if (seen.Add(t)) queue.Enqueue(t);
        }
        return seen;
    }

    /// <summary>The loop a stuck step runs into, e.g. "5 → 6 → 5".</summary>
    private static string Cycle(int from, Dictionary<int, List<int?>> next)
    {
        // A stuck step only leads to stuck steps, so following any successor must repeat.
        var path = new List<int>();
        var at = from;
        while (!path.Contains(at))
        {
            path.Add(at);
            at = next[at].OfType<int>().First();
        }
        return string.Join(" → ", path.Skip(path.IndexOf(at)).Append(at));
    }
}
