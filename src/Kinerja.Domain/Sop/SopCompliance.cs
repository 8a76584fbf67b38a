namespace Kinerja.Domain.Sop;

/// <summary>One finished run of one SOP step, as the compliance report counts it.</summary>
public sealed record FinishedStep(int StepNo, string Kegiatan, StepTiming Timing);

/// <summary>The figures of one SOP step over a period: how often it ran, on time, and its delays.</summary>
public sealed record StepCompliance(int StepNo, string Kegiatan, WaktuBaku Standard, TimingMeasure Measure, int Runs, int OnTime,
    decimal AverageDelay, int MaxDelay, decimal AverageActual)
{
    public decimal OnTimeShare => Runs == 0 ? 0 : Math.Round((decimal)OnTime / Runs, 4);
}

/// <summary>Totals per kind of measure: days are never turned into minutes (see <see cref="WaktuTotal"/>).</summary>
public sealed record MeasureTotal(TimingMeasure Measure, int Actual, int Standard);

/// <summary>
/// Compliance of an SOP over a period: the share of finished steps on time, per step the average and
/// largest delay (in the step's own measure), the slowest steps (largest average delay), and the total
/// actual against the total standard per measure. Unfinished steps are not counted: their time is not known yet.
/// </summary>
public sealed record SopCompliance(int Runs, int OnTime, IReadOnlyList<StepCompliance> Steps, IReadOnlyList<StepCompliance> Slowest, IReadOnlyList<MeasureTotal> Totals)
{
    public decimal OnTimeShare => Runs == 0 ? 0 : Math.Round((decimal)OnTime / Runs, 4);

    public static SopCompliance Of(IEnumerable<FinishedStep> finished, int slowest = 3)
    {
        var list = finished.ToList();
        var steps = list.GroupBy(f => f.StepNo).OrderBy(g => g.Key).Select(g =>
        {
            var first = g.First();
            var runs = g.Count();
            return new StepCompliance(g.Key, first.Kegiatan, first.Timing.Standard, first.Timing.Measure, runs,
                g.Count(x => !x.Timing.IsLate),
                Math.Round((decimal)g.Sum(x => x.Timing.DelayAmount) / runs, 2),
                g.Max(x => x.Timing.DelayAmount),
                Math.Round((decimal)g.Sum(x => x.Timing.ActualAmount) / runs, 2));
        }).ToList();
        // Slowest compares like with like first: a working day of delay outweighs any office minutes.
        var slow = steps.Where(s => s.AverageDelay > 0).OrderByDescending(s => Weight(s)).ThenBy(s => s.StepNo).Take(slowest).ToList();
        var totals = list.GroupBy(f => f.Timing.Measure).OrderBy(g => g.Key)
            .Select(g => new MeasureTotal(g.Key, g.Sum(x => x.Timing.ActualAmount), g.Sum(x => x.Timing.StandardAmount))).ToList();
        return new SopCompliance(list.Count, list.Count(f => !f.Timing.IsLate), steps, slow, totals);
    }

    /// <summary>A rough common scale for ranking only: a working day as 8.5 office hours, calendar minutes as they are.</summary>
    private static decimal Weight(StepCompliance s) => s.Measure == TimingMeasure.WorkingDays ? s.AverageDelay * 510 : s.AverageDelay;
}
