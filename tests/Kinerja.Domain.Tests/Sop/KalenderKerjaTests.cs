using System.Globalization;
using Kinerja.Domain.Sop;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>
/// Due moments and elapsed working time on the default 2026 calendar: Mon–Thu 07:30–16:00,
/// Fri 07:30–16:30, the 2026 national holidays and cuti bersama. Comments give the weekday.
/// </summary>
public class KalenderKerjaTests
{
    private static readonly KalenderKerja Kalender = KalenderKerja.Default2026;

    internal static DateTime T(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    internal static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // ---- menit / jam: office time only ----
    [InlineData("2026-03-02 10:00", 15, WaktuUnit.Menit, "2026-03-02 10:15")]   // Mon, inside office hours
    [InlineData("2026-03-05 15:00", 60, WaktuUnit.Menit, "2026-03-05 16:00")]   // Thu, ends exactly at closing
    [InlineData("2026-03-05 15:30", 60, WaktuUnit.Menit, "2026-03-06 08:00")]   // Thu → Fri morning
    [InlineData("2026-03-06 16:00", 60, WaktuUnit.Menit, "2026-03-09 08:00")]   // Fri closes 16:30, weekend skipped
    [InlineData("2026-03-06 16:30", 15, WaktuUnit.Menit, "2026-03-09 07:45")]   // started at Friday's closing
    [InlineData("2026-03-07 10:00", 15, WaktuUnit.Menit, "2026-03-09 07:45")]   // Sat: counts from Monday's opening
    [InlineData("2026-03-02 06:00", 30, WaktuUnit.Menit, "2026-03-02 08:00")]   // before opening
    [InlineData("2026-03-02 18:00", 30, WaktuUnit.Menit, "2026-03-03 08:00")]   // after closing
    [InlineData("2026-03-02 07:30", 480, WaktuUnit.Menit, "2026-03-02 15:30")]  // Banggai's longest step
    [InlineData("2026-03-02 07:30", 8, WaktuUnit.Jam, "2026-03-02 15:30")]
    [InlineData("2026-03-02 07:30", 9, WaktuUnit.Jam, "2026-03-03 08:00")]      // Mon has 8.5 office hours
    [InlineData("2026-03-06 07:30", 9, WaktuUnit.Jam, "2026-03-06 16:30")]      // Fri has 9
    [InlineData("2026-01-15 15:00", 120, WaktuUnit.Menit, "2026-01-19 08:30")]  // Thu; Fri 16 Jan Isra Mikraj
    [InlineData("2026-03-17 15:00", 120, WaktuUnit.Menit, "2026-03-25 08:30")]  // Tue; Nyepi + Idulfitri + cuti bersama 18–24 Mar
    [InlineData("2026-05-13 15:00", 90, WaktuUnit.Menit, "2026-05-18 08:00")]   // Wed; Kenaikan 14, cuti bersama 15 May
    [InlineData("2026-12-23 15:00", 120, WaktuUnit.Menit, "2026-12-28 08:30")]  // Wed; cuti bersama 24, Natal 25 Dec
    // ---- hari: calendar days, same time of day ----
    [InlineData("2026-01-05 08:00", 120, WaktuUnit.Hari, "2026-05-05 08:00")]
    [InlineData("2026-03-06 10:00", 2, WaktuUnit.Hari, "2026-03-08 10:00")]     // Fri → Sun: weekends count
    [InlineData("2026-03-17 10:00", 1, WaktuUnit.Hari, "2026-03-18 10:00")]     // a cuti bersama counts too
    // ---- hari kerja: close of office on the n-th working day after the start day ----
    [InlineData("2026-03-02 10:00", 5, WaktuUnit.HariKerja, "2026-03-09 16:00")]  // Mon → next Mon
    [InlineData("2026-03-05 10:00", 1, WaktuUnit.HariKerja, "2026-03-06 16:30")]  // Thu → Fri, Friday's closing
    [InlineData("2026-03-13 10:00", 2, WaktuUnit.HariKerja, "2026-03-17 16:00")]  // Fri → Mon, Tue
    [InlineData("2026-03-17 10:00", 1, WaktuUnit.HariKerja, "2026-03-25 16:00")]  // the Lebaran block
    [InlineData("2026-08-14 10:00", 1, WaktuUnit.HariKerja, "2026-08-18 16:00")]  // Fri; Mon 17 Aug is HUT RI
    [InlineData("2026-03-07 10:00", 1, WaktuUnit.HariKerja, "2026-03-09 16:00")]  // started on a Saturday
    [InlineData("2026-03-02 06:00", 1, WaktuUnit.HariKerja, "2026-03-03 16:00")]  // the start day never counts
    // ---- zero ----
    [InlineData("2026-03-07 10:00", 0, WaktuUnit.Menit, "2026-03-07 10:00")]
    [InlineData("2026-03-07 10:00", 0, WaktuUnit.HariKerja, "2026-03-07 10:00")]
    public void DueAt_Table(string start, int amount, WaktuUnit unit, string due)
    {
        Kalender.DueAt(T(start), new WaktuBaku(amount, unit)).ShouldBe(T(due));
    }

    [Theory]
    [InlineData("2026-03-05 15:00", "2026-03-06 08:00", 90)]    // Thu 60 + Fri 30
    [InlineData("2026-03-06 16:00", "2026-03-09 08:00", 60)]    // Fri 30 + Mon 30
    [InlineData("2026-03-02 07:30", "2026-03-02 16:00", 510)]   // a whole Monday
    [InlineData("2026-03-02 00:00", "2026-03-09 00:00", 2580)]  // a whole week: 4 × 8.5 h + 9 h
    [InlineData("2026-03-02 06:00", "2026-03-02 07:45", 15)]
    [InlineData("2026-03-17 15:00", "2026-03-25 08:30", 120)]   // across the Lebaran block
    [InlineData("2026-03-07 08:00", "2026-03-08 17:00", 0)]     // a weekend
    [InlineData("2026-03-02 18:00", "2026-03-02 20:00", 0)]     // after hours
    [InlineData("2026-03-02 12:00", "2026-03-02 10:00", 0)]     // reversed
    public void OfficeTimeBetween_Table(string from, string to, int minutes)
    {
        Kalender.OfficeTimeBetween(T(from), T(to)).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    [Theory]
    [MemberData(nameof(OfficeTimeCases))]
    public void OfficeTimeBetween_StartAndItsDueMoment_IsTheStandard(string start, int minutes)
    {
        var due = Kalender.DueAt(T(start), new WaktuBaku(minutes, WaktuUnit.Menit));

        Kalender.OfficeTimeBetween(T(start), due).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    public static TheoryData<string, int> OfficeTimeCases() => new()
    {
        { "2026-03-02 10:00", 15 }, { "2026-03-05 15:30", 60 }, { "2026-03-06 16:00", 60 },
        { "2026-03-02 07:30", 2055 }, { "2026-03-17 15:00", 120 }, { "2026-12-23 15:00", 600 },
    };

    [Theory]
    [InlineData("2026-03-02", "2026-03-09", 5)]
    [InlineData("2026-03-17", "2026-03-25", 1)]
    [InlineData("2026-08-14", "2026-08-18", 1)]
    [InlineData("2026-03-02", "2026-03-02", 0)]
    [InlineData("2026-03-09", "2026-03-02", 0)]
    [InlineData("2025-12-31", "2026-12-31", 240)]   // 261 weekdays less 21 weekday holidays
    public void WorkingDaysBetween_Table(string from, string to, int days)
    {
        Kalender.WorkingDaysBetween(D(from), D(to)).ShouldBe(days);
    }

    [Theory]
    [InlineData("2026-03-09 15:00", false, 0, 0, 0)]             // before the due moment
    [InlineData("2026-03-09 16:00", false, 0, 0, 0)]             // exactly at it
    [InlineData("2026-03-09 17:00", true, 60, 0, 0)]             // the due day, after hours
    [InlineData("2026-03-10 08:00", true, 960, 30, 1)]           // next working morning
    [InlineData("2026-03-11 10:00", true, 2520, 660, 2)]         // Tue whole + Wed to 10:00
    [InlineData("2026-03-14 10:00", true, 6840, 2070, 4)]        // Saturday after: Tue–Fri
    public void Lateness_FiveHariKerjaFromMonday_Table(string finished, bool late, int calendarMinutes, int officeMinutes, int workingDays)
    {
        var lateness = Kalender.Lateness(T("2026-03-02 10:00"), new WaktuBaku(5, WaktuUnit.HariKerja), T(finished));

        lateness.Due.ShouldBe(T("2026-03-09 16:00"));
        lateness.FinishedAt.ShouldBe(T(finished));
        lateness.IsLate.ShouldBe(late);
        lateness.CalendarTime.ShouldBe(TimeSpan.FromMinutes(calendarMinutes));
        lateness.OfficeTime.ShouldBe(TimeSpan.FromMinutes(officeMinutes));
        lateness.WorkingDays.ShouldBe(workingDays);
    }

    [Fact]
    public void Lateness_MinuteStandardAcrossTheEvening_CountsOnlyOfficeMinutes()
    {
        // 60 menit from Thu 15:30 is due Fri 08:00; finishing at 08:20 is 20 minutes late either way.
        var lateness = Kalender.Lateness(T("2026-03-05 15:30"), new WaktuBaku(60, WaktuUnit.Menit), T("2026-03-06 08:20"));

        lateness.ShouldBe(new Lateness(T("2026-03-06 08:00"), T("2026-03-06 08:20"), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(20), 0));
    }

    [Fact]
    public void DueAt_PuprperkimSteps_OneAfterAnother()
    {
        // Each step starts when the previous is due: hari kerja end at closing, the next
        // minutes start at the next opening, and calendar days run over the weekend.
        var pupr = SeedSops.Definition(SeedSops.PuprperkimBalangan);
        var at = T("2026-03-02 08:00");
        var dues = new List<DateTime>();
        foreach (var no in new[] { 1, 2, 3, 4, 5, 6, 7 })
        {
            at = Kalender.DueAt(at, pupr.Step(no).MutuBaku.Waktu);
            dues.Add(at);
        }

        dues.ShouldBe(new[]
        {
            "2026-03-09 16:00", "2026-03-11 16:00", "2026-03-12 07:40", "2026-03-12 07:50",
            "2026-03-13 07:50", "2026-03-14 07:50", "2026-03-15 07:50",
        }.Select(T));
    }
}
