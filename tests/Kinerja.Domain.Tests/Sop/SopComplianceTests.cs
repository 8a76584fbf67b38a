using Kinerja.Domain.Sop;
using static Kinerja.Domain.Tests.Sop.KalenderKerjaTests;

namespace Kinerja.Domain.Tests.Sop;

public class SopComplianceTests
{
    private static readonly KalenderKerja K = KalenderKerja.Default2026;

    private static FinishedStep F(int no, int amount, WaktuUnit unit, string start, string finish) =>
        new(no, $"Langkah {no}", StepTiming.Of(K, new WaktuBaku(amount, unit), T(start), T(finish), T(finish)));

    [Fact]
    public void Report_CountsOnTimeSteps_AverageAndLargestDelay_Slowest_AndTotals()
    {
        var report = SopCompliance.Of([
            F(1, 15, WaktuUnit.Menit, "2026-03-02 09:00", "2026-03-02 09:10"),   // on time, 10 min
            F(1, 15, WaktuUnit.Menit, "2026-03-03 09:00", "2026-03-03 09:45"),   // 30 min late, 45 min
            F(2, 30, WaktuUnit.Menit, "2026-03-02 10:00", "2026-03-02 10:40"),   // 10 min late
            F(3, 2, WaktuUnit.HariKerja, "2026-03-02 10:00", "2026-03-05 09:00"), // 1 working day late
            F(4, 2, WaktuUnit.Hari, "2026-03-02 10:00", "2026-03-03 10:00"),      // on time
        ]);

        (report.Runs, report.OnTime, report.OnTimeShare).ShouldBe((5, 2, 0.4m));
        var one = report.Steps.Single(s => s.StepNo == 1);
        (one.Runs, one.OnTime, one.AverageDelay, one.MaxDelay, one.AverageActual, one.OnTimeShare).ShouldBe((2, 1, 15m, 30, 27.5m, 0.5m));
        report.Steps.Select(s => s.StepNo).ShouldBe([1, 2, 3, 4]);
        report.Slowest.Select(s => s.StepNo).ShouldBe([3, 1, 2]);
        report.Totals.ShouldBe([
            new MeasureTotal(TimingMeasure.OfficeMinutes, 10 + 45 + 40, 15 + 15 + 30),
            new MeasureTotal(TimingMeasure.CalendarMinutes, 1440, 2880),
            new MeasureTotal(TimingMeasure.WorkingDays, 3, 2),
        ]);
    }

    [Fact]
    public void NothingFinished_IsAnEmptyReport()
    {
        var report = SopCompliance.Of([]);
        (report.Runs, report.OnTimeShare, report.Steps.Count, report.Slowest.Count, report.Totals.Count).ShouldBe((0, 0m, 0, 0, 0));
    }
}
