namespace Kinerja.Domain.Sop;

/// <summary>
/// A step's finish set against its due moment. Lateness is given three ways because each
/// standard reads best in its own: calendar time, office time, and working days (the working
/// days after the due day up to the finish day). All are zero when the step was on time.
/// </summary>
public sealed record Lateness(DateTime Due, DateTime FinishedAt, TimeSpan CalendarTime, TimeSpan OfficeTime, int WorkingDays)
{
    public bool IsLate => FinishedAt > Due;
}
