using Microsoft.Extensions.Options;

namespace Kinerja.Web.Infrastructure;

/// <summary>"Today" in the Pemda's zone; everything date-based (Plt periods, deadlines) asks here.</summary>
public class Clock(TimeProvider time, IOptions<KinerjaOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, _zone));

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
}
