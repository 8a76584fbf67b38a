namespace Kinerja.Domain.Sop;

/// <summary>
/// One step's actual time set against its mutu baku, each in the step's own kind of unit: office minutes
/// for menit/jam standards, calendar minutes for hari, working days for hari kerja. Moments are the
/// Pemda's local wall-clock time (the calendar's).
/// </summary>
public sealed record StepTiming(
    WaktuBaku Standard, DateTime Start, DateTime Due, DateTime? Finished, int ActualAmount, int StandardAmount, int DelayAmount, bool IsLate, bool IsOverdue)
{
    /// <summary>Office minutes, calendar minutes or working days, matching <see cref="ActualAmount"/> and <see cref="DelayAmount"/>.</summary>
    public TimingMeasure Measure => MeasureOf(Standard.Unit);

    public static TimingMeasure MeasureOf(WaktuUnit unit) => unit switch
    {
        WaktuUnit.Hari => TimingMeasure.CalendarMinutes,
        WaktuUnit.HariKerja => TimingMeasure.WorkingDays,
        _ => TimingMeasure.OfficeMinutes,
    };

    /// <summary>
    /// The timing of a step started at <paramref name="start"/>; an unfinished step is measured up to
    /// <paramref name="now"/> and is overdue once its due moment has passed.
    /// </summary>
    public static StepTiming Of(KalenderKerja kalender, WaktuBaku waktu, DateTime start, DateTime? finished, DateTime now)
    {
        var due = kalender.DueAt(start, waktu);
        var end = finished ?? now;
        var measure = MeasureOf(waktu.Unit);
        var actual = Amount(kalender, measure, start, end);
        var standard = measure switch
        {
            TimingMeasure.CalendarMinutes => waktu.Amount * 24 * 60,
            TimingMeasure.WorkingDays => waktu.Amount,
            _ => waktu.OfficeMinutes,
        };
        var late = end > due;
        var delay = late ? Amount(kalender, measure, due, end) : 0;
        return new StepTiming(waktu, start, due, finished, actual, standard, delay, finished is not null && late, finished is null && late);
    }

    private static int Amount(KalenderKerja kalender, TimingMeasure measure, DateTime from, DateTime to) => measure switch
    {
        TimingMeasure.CalendarMinutes => to > from ? (int)Math.Round((to - from).TotalMinutes, MidpointRounding.AwayFromZero) : 0,
        TimingMeasure.WorkingDays => kalender.WorkingDaysBetween(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to)),
        _ => (int)Math.Round(kalender.OfficeTimeBetween(from, to).TotalMinutes, MidpointRounding.AwayFromZero),
    };

    /// <summary>An amount of this measure as the SOPs write time ("1 jam 25 menit", "2 hari 3 jam", "1 hari kerja").</summary>
    public static string Format(TimingMeasure measure, int amount) => measure switch
    {
        TimingMeasure.WorkingDays => $"{amount} hari kerja",
        TimingMeasure.CalendarMinutes when amount >= 24 * 60 => Join($"{amount / (24 * 60)} hari", OfficeLike(amount % (24 * 60))),
        _ => OfficeLike(amount) is { Length: > 0 } s ? s : "0 menit",
    };

    private static string Join(string a, string b) => b.Length == 0 ? a : $"{a} {b}";

    private static string OfficeLike(int minutes)
    {
        var (h, m) = (minutes / 60, minutes % 60);
        if (h == 0) return m == 0 ? "" : $"{m} menit";
        return m == 0 ? $"{h} jam" : $"{h} jam {m} menit";
    }
}

public enum TimingMeasure
{
    OfficeMinutes = 1,
    CalendarMinutes = 2,
    WorkingDays = 3,
}
