namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>A clock a test sets and moves, for an app of its own (see <see cref="TestApps.NewApp"/>): finishing a step late by a known amount.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
