using System.Globalization;
using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Tests.Organisasi;

public class AssignmentPeriodTests
{
    private static DateOnly D(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly DateOnly Today = D("2025-06-15");

    // ---- IsActiveOn: both ends are inclusive days ----

    [Theory]
    [InlineData("2025-01-01", false)]   // day before start
    [InlineData("2025-01-02", true)]    // start day
    [InlineData("2025-03-15", true)]    // in the middle
    [InlineData("2025-06-30", true)]    // end day
    [InlineData("2025-07-01", false)]   // day after end
    [InlineData("2024-01-02", false)]   // a year before
    public void IsActiveOn_BoundedPeriod_Table(string day, bool expected)
    {
        var period = new AssignmentPeriod(D("2025-01-02"), D("2025-06-30"), IsPlt: false);

        period.IsActiveOn(D(day)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2025-01-01", false)]   // day before start
    [InlineData("2025-01-02", true)]    // start day
    [InlineData("2040-12-31", true)]    // far future: no end means still active
    public void IsActiveOn_OpenEndedPeriod_Table(string day, bool expected)
    {
        var period = new AssignmentPeriod(D("2025-01-02"), null, IsPlt: false);

        period.IsActiveOn(D(day)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2025-03-09", false)]
    [InlineData("2025-03-10", true)]
    [InlineData("2025-03-11", false)]
    public void IsActiveOn_SingleDayPlt_OnlyThatDay(string day, bool expected)
    {
        var period = new AssignmentPeriod(D("2025-03-10"), D("2025-03-10"), IsPlt: true);

        period.IsActiveOn(D(day)).ShouldBe(expected);
    }

    // ---- HasEndedBy ----

    [Theory]
    [InlineData("2025-01-01", false)]   // before start: not ended (not begun either)
    [InlineData("2025-03-15", false)]   // in the middle
    [InlineData("2025-06-30", false)]   // end day is still part of the period
    [InlineData("2025-07-01", true)]    // the day after the end
    [InlineData("2030-01-01", true)]    // long after
    public void HasEndedBy_BoundedPeriod_Table(string day, bool expected)
    {
        var period = new AssignmentPeriod(D("2025-01-02"), D("2025-06-30"), IsPlt: true);

        period.HasEndedBy(D(day)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-02")]
    [InlineData("2099-12-31")]
    public void HasEndedBy_OpenEndedPeriod_NeverEnds(string day)
    {
        var period = new AssignmentPeriod(D("2025-01-02"), null, IsPlt: false);

        period.HasEndedBy(D(day)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-02")]
    [InlineData("2025-06-30")]
    [InlineData("2025-07-01")]
    public void HasEndedBy_AndIsActiveOn_NeverBothTrue(string day)
    {
        var period = new AssignmentPeriod(D("2025-01-02"), D("2025-06-30"), IsPlt: false);

        (period.IsActiveOn(D(day)) && period.HasEndedBy(D(day))).ShouldBeFalse();
    }

    // ---- Create ----

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Create_EndBeforeStart_IsRefused(bool isPlt)
    {
        var ex = Should.Throw<DomainException>(() =>
            AssignmentPeriod.Create(D("2025-07-01"), D("2025-06-30"), isPlt, Today));

        ex.Field.ShouldBe("EndDate");
        ex.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Create_EndOnStartDay_IsAllowed()
    {
        var period = AssignmentPeriod.Create(Today, Today, isPlt: false, Today);

        period.IsActiveOn(Today).ShouldBeTrue();
    }

    [Fact]
    public void Create_PltWithoutEnd_IsRefused()
    {
        var ex = Should.Throw<DomainException>(() =>
            AssignmentPeriod.Create(D("2025-06-01"), null, isPlt: true, Today));

        ex.Field.ShouldBe("EndDate");
        ex.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Create_PltWithEndInPast_IsRefusedSayingPltHasEnded()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("id-ID");
        try
        {
            var ex = Should.Throw<DomainException>(() =>
                AssignmentPeriod.Create(D("2025-01-02"), D("2025-06-14"), isPlt: true, Today));

            ex.Field.ShouldBe("EndDate");
            ex.Message.ShouldContain("Plt");
            ex.Message.ShouldContain("berakhir");
            ex.Message.ShouldContain("14-06-2025");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Create_PltWithEndInPast_MessageDiffersFromMissingEnd()
    {
        var ended = Should.Throw<DomainException>(() =>
            AssignmentPeriod.Create(D("2025-01-02"), D("2025-06-14"), isPlt: true, Today));
        var missing = Should.Throw<DomainException>(() =>
            AssignmentPeriod.Create(D("2025-01-02"), null, isPlt: true, Today));

        ended.Message.ShouldNotBe(missing.Message);
    }

    [Fact]
    public void Create_PltWithEndToday_IsAllowed()
    {
        var period = AssignmentPeriod.Create(D("2025-01-02"), Today, isPlt: true, Today);

        period.ShouldBe(new AssignmentPeriod(D("2025-01-02"), Today, IsPlt: true));
        period.IsActiveOn(Today).ShouldBeTrue();
    }

    [Fact]
    public void Create_PltWithEndInFuture_IsAllowed()
    {
        var period = AssignmentPeriod.Create(D("2025-06-01"), D("2025-09-01"), isPlt: true, Today);

        period.ShouldBe(new AssignmentPeriod(D("2025-06-01"), D("2025-09-01"), IsPlt: true));
    }

    [Fact]
    public void Create_PltStartingInFuture_IsAllowed()
    {
        var period = AssignmentPeriod.Create(D("2025-07-01"), D("2025-12-31"), isPlt: true, Today);

        period.IsActiveOn(Today).ShouldBeFalse();
        period.IsActiveOn(D("2025-07-01")).ShouldBeTrue();
    }

    [Fact]
    public void Create_DefinitiveWithoutEnd_IsAllowed()
    {
        var period = AssignmentPeriod.Create(D("2020-01-02"), null, isPlt: false, Today);

        period.ShouldBe(new AssignmentPeriod(D("2020-01-02"), null, IsPlt: false));
        period.IsActiveOn(Today).ShouldBeTrue();
    }

    [Fact]
    public void Create_DefinitiveWithPastEnd_IsAllowedSoHistoryCanBeRecorded()
    {
        var period = AssignmentPeriod.Create(D("2020-01-02"), D("2024-12-31"), isPlt: false, Today);

        period.ShouldBe(new AssignmentPeriod(D("2020-01-02"), D("2024-12-31"), IsPlt: false));
        period.HasEndedBy(Today).ShouldBeTrue();
    }
}
