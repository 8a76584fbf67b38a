using Microsoft.Extensions.Options;

namespace Kinerja.Web.Infrastructure;

/// <summary>"Today" in the Pemda's zone; everything date-based (Plt periods, deadlines) asks here.</summary>
public class Clock(TimeProvider time, IOptions<KinerjaOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, _zone));

    /// <summary>The first moment of a local date, in UTC.</summary>
    public DateTime StartOfDayUtc(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), _zone);

    /// <summary>The last second of a local date, in UTC: a deadline "30 Juli" lasts all of 30 Juli.</summary>
    public DateTime EndOfDayUtc(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(23, 59, 59)), _zone);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
}
