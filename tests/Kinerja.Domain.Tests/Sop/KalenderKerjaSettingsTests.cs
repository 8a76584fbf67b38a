using Kinerja.Domain.Sop;
using static Kinerja.Domain.Tests.Sop.KalenderKerjaTests;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>What a Pemda can set: office hours, breaks, a six-day week, local holidays.</summary>
public class KalenderKerjaSettingsTests
{
    private static RentangJam R(string from, string to) =>
        new(TimeOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-03-07", false)]   // Saturday
    [InlineData("2026-03-08", false)]   // Sunday
    [InlineData("2026-03-02", true)]    // Monday
    [InlineData("2026-03-06", true)]    // Friday
    [InlineData("2026-08-17", false)]   // HUT RI, a Monday
    [InlineData("2026-03-18", false)]   // cuti bersama Nyepi, a Wednesday
    [InlineData("2026-01-01", false)]
    [InlineData("2026-12-31", true)]
    public void IsHariKerja_Default2026_Table(string day, bool expected)
    {
        KalenderKerja.Default2026.IsHariKerja(D(day)).ShouldBe(expected);
    }

    [Fact]
    public void Tahun2026_Has17HolidaysAnd8CutiBersama_AllIn2026_NoDateTwice()
    {
        var days = HariLiburNasional.Tahun2026;

        days.Count(d => !d.CutiBersama).ShouldBe(17);
        days.Count(d => d.CutiBersama).ShouldBe(8);
        days.ShouldAllBe(d => d.Tanggal.Year == 2026 && d.Keterangan.Length > 0);
        days.Select(d => d.Tanggal).ShouldBeUnique();
    }

    [Theory]
    [InlineData("2026-03-20", "Cuti bersama Idulfitri 1447 Hijriah", true)]
    [InlineData("2026-03-21", "Idulfitri 1447 Hijriah", false)]
    [InlineData("2026-05-27", "Iduladha 1447 Hijriah", false)]
    [InlineData("2026-12-24", "Cuti bersama Kelahiran Yesus Kristus", true)]
    public void LiburOn_Default2026_Table(string day, string keterangan, bool cutiBersama)
    {
        KalenderKerja.Default2026.LiburOn(D(day)).ShouldBe(new HariLibur(D(day), keterangan, cutiBersama));
    }

    [Fact]
    public void LiburOn_WorkingDay_IsNull()
    {
        KalenderKerja.Default2026.LiburOn(D("2026-03-02")).ShouldBeNull();
    }

    [Fact]
    public void LocalHoliday_IsNotAWorkingDay()
    {
        var kalender = new KalenderKerja(JamKerja.Default,
            [.. HariLiburNasional.Tahun2026, new HariLibur(D("2026-03-03"), "Hari Jadi Kabupaten")]);

        kalender.DueAt(T("2026-03-02 15:30"), new WaktuBaku(60, WaktuUnit.Menit)).ShouldBe(T("2026-03-04 08:00"));
        kalender.HariLibur.Count.ShouldBe(26);
    }

    [Fact]
    public void HolidayListedTwice_IsKeptOnce_FirstEntryWins()
    {
        var kalender = new KalenderKerja(JamKerja.Default,
            [new HariLibur(D("2026-08-17"), "Proklamasi Kemerdekaan"), new HariLibur(D("2026-08-17"), "Upacara")]);

        kalender.HariLibur.Count.ShouldBe(1);
        kalender.LiburOn(D("2026-08-17"))!.Keterangan.ShouldBe("Proklamasi Kemerdekaan");
    }

    [Fact]
    public void WithoutHolidays_OnlyWeekendsAreSkipped()
    {
        var kalender = new KalenderKerja(JamKerja.Default, []);

        kalender.DueAt(T("2026-03-17 15:00"), new WaktuBaku(120, WaktuUnit.Menit)).ShouldBe(T("2026-03-18 08:30"));
    }

    [Fact]
    public void SixDayWeek_SaturdayHoursCount()
    {
        var kalender = new KalenderKerja(JamKerja.Default.With(DayOfWeek.Saturday, R("07:30", "12:00")), []);

        kalender.IsHariKerja(D("2026-03-07")).ShouldBeTrue();
        kalender.DueAt(T("2026-03-06 16:00"), new WaktuBaku(60, WaktuUnit.Menit)).ShouldBe(T("2026-03-07 08:00"));
        kalender.DueAt(T("2026-03-06 10:00"), new WaktuBaku(1, WaktuUnit.HariKerja)).ShouldBe(T("2026-03-07 12:00"));
    }

    [Fact]
    public void MiddayBreak_IsNotCounted()
    {
        var jam = JamKerja.Default.With(DayOfWeek.Monday, R("13:00", "16:00"), R("07:30", "12:00"));
        var kalender = new KalenderKerja(jam, []);

        jam.On(DayOfWeek.Monday).ShouldBe([R("07:30", "12:00"), R("13:00", "16:00")]);
        kalender.DueAt(T("2026-03-02 11:30"), new WaktuBaku(60, WaktuUnit.Menit)).ShouldBe(T("2026-03-02 13:30"));
        kalender.OfficeTimeBetween(T("2026-03-02 00:00"), T("2026-03-03 00:00")).ShouldBe(TimeSpan.FromHours(7.5));
    }

    [Fact]
    public void DayWithoutHours_IsADayOff()
    {
        var kalender = new KalenderKerja(JamKerja.Default.With(DayOfWeek.Friday), []);

        kalender.IsHariKerja(D("2026-03-06")).ShouldBeFalse();
        kalender.DueAt(T("2026-03-05 10:00"), new WaktuBaku(1, WaktuUnit.HariKerja)).ShouldBe(T("2026-03-09 16:00"));
    }

    [Theory]
    [InlineData("16:00", "07:30")]
    [InlineData("07:30", "07:30")]
    public void RentangJam_EndNotAfterStart_IsRefused(string from, string to)
    {
        Should.Throw<DomainException>(() => R(from, to)).Field.ShouldBe("jamKerja");
    }

    [Fact]
    public void JamKerja_OverlappingHours_AreRefusedNamingTheDay()
    {
        Should.Throw<DomainException>(() => JamKerja.Default.With(DayOfWeek.Monday, R("07:30", "12:00"), R("11:00", "16:00")))
            .Message.ShouldBe("Jam kerja hari Senin saling tumpang tindih.");
    }

    [Fact]
    public void JamKerja_WithoutAnyWorkingDay_IsRefused()
    {
        Should.Throw<DomainException>(() => new JamKerja(new Dictionary<DayOfWeek, IReadOnlyList<RentangJam>>()));
    }

    [Fact]
    public void Calendar_WhoseOnlyWorkingDayIsAlwaysAHoliday_RefusesToComputeADueMoment()
    {
        var mondaysOnly = new JamKerja(new Dictionary<DayOfWeek, IReadOnlyList<RentangJam>> { [DayOfWeek.Monday] = [R("08:00", "16:00")] });
        var everyMonday = Enumerable.Range(0, 600).Select(w => new HariLibur(D("2026-03-02").AddDays(7 * w), "Libur"));
        var kalender = new KalenderKerja(mondaysOnly, everyMonday);

        Should.Throw<DomainException>(() => kalender.DueAt(T("2026-03-02 08:00"), new WaktuBaku(1, WaktuUnit.Menit)));
        Should.Throw<DomainException>(() => kalender.DueAt(T("2026-03-02 08:00"), new WaktuBaku(1, WaktuUnit.HariKerja)));
    }
}
