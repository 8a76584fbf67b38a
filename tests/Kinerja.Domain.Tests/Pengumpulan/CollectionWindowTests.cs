using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;

namespace Kinerja.Domain.Tests.Pengumpulan;

public class CollectionWindowTests
{
    private static readonly DateTime Opens = new(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Deadline = new(2026, 7, 10, 15, 59, 59, DateTimeKind.Utc);

    [Theory]
    // before opening: nobody
    [InlineData(-1, true, true, "x", null, "belum dibuka")]
    // inside the window: the unit enters as itself; the planning section on its behalf, no reason needed
    [InlineData(0, true, false, null, EntryMode.Unit, null)]
    [InlineData(24, true, true, null, EntryMode.Unit, null)]
    [InlineData(24, false, true, null, EntryMode.OnBehalf, null)]
    [InlineData(24, false, false, null, null, "Hanya unit")]
    // the deadline second itself still belongs to the window
    [InlineData(225, true, false, null, EntryMode.Unit, null)]
    // after the deadline: the unit is refused; planning needs a reason
    [InlineData(240, true, false, "terlambat", null, "Batas waktu")]
    [InlineData(240, false, true, null, null, "alasan")]
    [InlineData(240, false, true, "  ", null, "alasan")]
    [InlineData(240, false, true, "Data diserahkan terlambat oleh Seksi", EntryMode.OnBehalf, null)]
    [InlineData(240, true, true, "Data diserahkan terlambat", EntryMode.OnBehalf, null)]
    public void Decide_KeepsTheWindow(int hoursAfterOpening, bool unitStaff, bool planning, string? reason, EntryMode? expected, string? error)
    {
        var now = hoursAfterOpening == 225 ? Deadline : Opens.AddHours(hoursAfterOpening);
        if (expected is EntryMode mode) CollectionWindow.Decide(now, Opens, Deadline, unitStaff, planning, reason).ShouldBe(mode);
        else Should.Throw<DomainException>(() => CollectionWindow.Decide(now, Opens, Deadline, unitStaff, planning, reason)).Message.ShouldContain(error!);
    }

    [Fact]
    public void AMissingReasonAfterTheDeadline_IsReportedOnTheReasonField() =>
        Should.Throw<DomainException>(() => CollectionWindow.Decide(Deadline.AddSeconds(1), Opens, Deadline, false, true, null)).Field.ShouldBe("alasan");
}
