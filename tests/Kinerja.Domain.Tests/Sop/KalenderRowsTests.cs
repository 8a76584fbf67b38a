using Kinerja.Domain.Sop;
using static Kinerja.Domain.Tests.Sop.KalenderKerjaTests;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>A Pemda's calendar built from its stored rows behaves as the calendar those rows describe.</summary>
public class KalenderRowsTests
{
    private static TimeOnly H(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly KalenderKerja Default = KalenderRows.Build(KalenderRows.DefaultJamKerja, KalenderRows.DefaultHariLibur);

    [Theory]
    [InlineData("2026-03-02 10:00", 2, WaktuUnit.HariKerja, "2026-03-04 16:00")]   // Mon → Wed closing
    [InlineData("2026-03-16 10:00", 2, WaktuUnit.HariKerja, "2026-03-25 16:00")]   // Nyepi, Idulfitri and cuti bersama skipped
    [InlineData("2026-03-05 15:30", 60, WaktuUnit.Menit, "2026-03-06 08:00")]      // Thu → Fri morning
    [InlineData("2026-03-06 16:00", 2, WaktuUnit.Jam, "2026-03-09 09:00")]         // Fri closes 16:30
    public void DefaultRows_GiveTheShippedDefaultCalendar(string start, int amount, WaktuUnit unit, string due)
    {
        var waktu = new WaktuBaku(amount, unit);
        Default.DueAt(T(start), waktu).ShouldBe(T(due));
        Default.DueAt(T(start), waktu).ShouldBe(KalenderKerja.Default2026.DueAt(T(start), waktu));
    }

    [Fact]
    public void DefaultRows_Are17HolidaysAnd8CutiBersamaOf2026_AndFiveOfficeDays()
    {
        KalenderRows.DefaultHariLibur.Count(h => h.Jenis == JenisLibur.LiburNasional).ShouldBe(17);
        KalenderRows.DefaultHariLibur.Count(h => h.Jenis == JenisLibur.CutiBersama).ShouldBe(8);
        KalenderRows.DefaultJamKerja.Select(j => j.Hari).ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        Default.LiburOn(D("2026-03-20"))!.CutiBersama.ShouldBeTrue();
    }

    [Fact]
    public void AHolidayAdded_MakesATwoWorkingDayStepDueOneWorkingDayLater()
    {
        var start = T("2028-02-07 10:00");   // a Monday, no default holiday in 2028
        var waktu = new WaktuBaku(2, WaktuUnit.HariKerja);
        KalenderRows.Build(KalenderRows.DefaultJamKerja, []).DueAt(start, waktu).ShouldBe(T("2028-02-09 16:00"));

        var withHoliday = KalenderRows.Build(KalenderRows.DefaultJamKerja, [new(D("2028-02-08"), "Hari Jadi Kabupaten", JenisLibur.LiburDaerah)]);
        withHoliday.DueAt(start, waktu).ShouldBe(T("2028-02-10 16:00"));
        withHoliday.LiburOn(D("2028-02-08"))!.CutiBersama.ShouldBeFalse();
    }

    [Theory]
    [InlineData("16:00", "2028-02-08 08:30")]   // default: 1 h on Monday, 1 h on Tuesday
    [InlineData("15:00", "2028-02-08 09:30")]   // Monday closes at 15:00: all 2 h on Tuesday
    [InlineData("17:00", "2028-02-07 17:00")]   // Monday open till 17:00: done the same day
    public void OfficeHoursChange_MoveATwoHourDueMoment(string mondayClose, string due)
    {
        var jam = KalenderRows.DefaultJamKerja.Where(j => j.Hari != DayOfWeek.Monday)
            .Append(new JamKerjaHari(DayOfWeek.Monday, H("07:30"), H(mondayClose)));
        var kalender = KalenderRows.Build(jam, []);

        kalender.DueAt(T("2028-02-07 15:00"), new WaktuBaku(2, WaktuUnit.Jam)).ShouldBe(T(due));
    }

    [Fact]
    public void AShorterFriday_AndADayWithoutRows_AreHonoured()
    {
        var jam = new[] { new JamKerjaHari(DayOfWeek.Thursday, H("07:30"), H("16:00")), new JamKerjaHari(DayOfWeek.Friday, H("07:30"), H("11:00")) };
        var kalender = KalenderRows.Build(jam, []);

        kalender.DueAt(T("2028-02-10 15:00"), new WaktuBaku(3, WaktuUnit.Jam)).ShouldBe(T("2028-02-11 09:30"));    // Thu 1 h, Fri 2 h
        kalender.DueAt(T("2028-02-11 10:00"), new WaktuBaku(2, WaktuUnit.Jam)).ShouldBe(T("2028-02-17 08:30"));    // Fri 1 h, next Thu 1 h
        kalender.IsHariKerja(D("2028-02-14")).ShouldBeFalse();   // Monday has no row
    }

    [Fact]
    public void EndBeforeStart_IsRefused_InIndonesian()
    {
        var e = Should.Throw<DomainException>(() => KalenderRows.Build([new(DayOfWeek.Monday, H("16:00"), H("07:30"))], []));
        e.Message.ShouldContain("jam selesai harus setelah jam mulai");
    }
}
