using Kinerja.Domain.Sop;
using static Kinerja.Domain.Tests.Sop.KalenderKerjaTests;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>A step's actual time against its standard on the default 2026 calendar (Mon–Thu 07:30–16:00, Fri –16:30).</summary>
public class StepTimingTests
{
    private static readonly KalenderKerja K = KalenderKerja.Default2026;

    [Theory]
    // start, standard, unit, finish, actual, delay, late — amounts in the unit's measure (office min / calendar min / working days)
    [InlineData("2026-03-02 09:00", 15, WaktuUnit.Menit, "2026-03-02 09:10", 10, 0, false)]
    [InlineData("2026-03-02 09:00", 15, WaktuUnit.Menit, "2026-03-02 09:15", 15, 0, false)]      // exactly on the due moment
    [InlineData("2026-03-02 09:00", 15, WaktuUnit.Menit, "2026-03-02 09:40", 40, 25, true)]
    [InlineData("2026-03-02 15:50", 15, WaktuUnit.Menit, "2026-03-03 07:40", 20, 5, true)]       // the night does not count
    [InlineData("2026-03-06 16:20", 30, WaktuUnit.Menit, "2026-03-09 08:00", 40, 10, true)]      // Fri → Mon: the weekend does not count
    [InlineData("2026-03-02 08:00", 1, WaktuUnit.Jam, "2026-03-02 10:30", 150, 90, true)]
    [InlineData("2026-03-02 10:00", 2, WaktuUnit.Hari, "2026-03-04 09:00", 2820, 0, false)]
    [InlineData("2026-03-02 10:00", 2, WaktuUnit.Hari, "2026-03-04 13:00", 3060, 180, true)]     // calendar time, three hours late
    [InlineData("2026-03-02 10:00", 2, WaktuUnit.HariKerja, "2026-03-04 15:00", 2, 0, false)]   // due Wed at closing
    [InlineData("2026-03-02 10:00", 2, WaktuUnit.HariKerja, "2026-03-06 09:00", 4, 2, true)]    // Thu and Fri after the due day
    public void FinishedStep_IsSetAgainstItsStandard(string start, int amount, WaktuUnit unit, string finish, int actual, int delay, bool late)
    {
        var t = StepTiming.Of(K, new WaktuBaku(amount, unit), T(start), T(finish), T("2030-01-01 00:00"));

        (t.ActualAmount, t.DelayAmount, t.IsLate, t.IsOverdue).ShouldBe((actual, delay, late, false));
    }

    [Theory]
    [InlineData("2026-03-02 10:05", false)]
    [InlineData("2026-03-02 11:00", true)]
    public void OpenStep_IsOverdueOnceItsDueMomentHasPassed(string now, bool overdue)
    {
        var t = StepTiming.Of(K, new WaktuBaku(30, WaktuUnit.Menit), T("2026-03-02 10:00"), null, T(now));

        (t.IsOverdue, t.IsLate, t.Due).ShouldBe((overdue, false, T("2026-03-02 10:30")));
    }

    [Fact]
    public void Standards_AreExpressedInTheirOwnMeasure()
    {
        StepTiming.Of(K, new WaktuBaku(2, WaktuUnit.Jam), T("2026-03-02 08:00"), T("2026-03-02 09:00"), T("2026-03-02 09:00")).StandardAmount.ShouldBe(120);
        StepTiming.Of(K, new WaktuBaku(2, WaktuUnit.Hari), T("2026-03-02 08:00"), T("2026-03-02 09:00"), T("2026-03-02 09:00")).StandardAmount.ShouldBe(2880);
        StepTiming.Of(K, new WaktuBaku(5, WaktuUnit.HariKerja), T("2026-03-02 08:00"), T("2026-03-02 09:00"), T("2026-03-02 09:00")).StandardAmount.ShouldBe(5);
    }

    [Theory]
    [InlineData(TimingMeasure.OfficeMinutes, 0, "0 menit")]
    [InlineData(TimingMeasure.OfficeMinutes, 25, "25 menit")]
    [InlineData(TimingMeasure.OfficeMinutes, 85, "1 jam 25 menit")]
    [InlineData(TimingMeasure.OfficeMinutes, 120, "2 jam")]
    [InlineData(TimingMeasure.CalendarMinutes, 180, "3 jam")]
    [InlineData(TimingMeasure.CalendarMinutes, 3060, "2 hari 3 jam")]
    [InlineData(TimingMeasure.WorkingDays, 2, "2 hari kerja")]
    public void Amounts_AreWrittenTheWayTheSopsWriteTime(TimingMeasure measure, int amount, string text) =>
        StepTiming.Format(measure, amount).ShouldBe(text);
}
