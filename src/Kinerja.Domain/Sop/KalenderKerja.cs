namespace Kinerja.Domain.Sop;

/// <summary>
/// The Pemda's working-day calendar: office hours per weekday and the days the offices are
/// closed. Moments are the Pemda's local wall-clock time. It answers when a step is due and
/// how much working time has passed, so actual times can be set against the mutu baku.
/// </summary>
public sealed class KalenderKerja
{
    // Ten years: far beyond any SOP step, and a guard against a calendar without working days.
    private const int SearchDays = 3660;

    private readonly Dictionary<DateOnly, HariLibur> libur;

    public KalenderKerja(JamKerja jamKerja, IEnumerable<HariLibur> hariLibur)
    {
        JamKerja = jamKerja;
        libur = [];
        foreach (var day in hariLibur) libur.TryAdd(day.Tanggal, day);
    }

    /// <summary>Default office hours and the 2026 national holidays (see HariLiburNasional).</summary>
    public static KalenderKerja Default2026 { get; } = new(JamKerja.Default, HariLiburNasional.Tahun2026);

    public JamKerja JamKerja { get; }

    public IReadOnlyCollection<HariLibur> HariLibur => libur.Values;

    public HariLibur? LiburOn(DateOnly date) => libur.GetValueOrDefault(date);

    public bool IsHariKerja(DateOnly date) => !libur.ContainsKey(date) && JamKerja.On(date.DayOfWeek).Count > 0;

    /// <summary>
    /// When a step started at <paramref name="start"/> is due under its standard time:
    /// <list type="bullet">
    /// <item>menit / jam: that much office time later; time outside office hours, weekends and
    /// holidays does not count, and a start outside office hours counts from the next opening;</item>
    /// <item>hari: that many calendar days later, at the same time of day;</item>
    /// <item>hari kerja: at the close of office on the n-th working day after the start day (the
    /// start day itself never counts, as in administrative deadlines).</item>
    /// </list>
    /// A zero standard is due at the start.
    /// </summary>
    public DateTime DueAt(DateTime start, WaktuBaku waktu)
    {
        if (waktu.Amount == 0) return start;
        return waktu.Unit switch
        {
            WaktuUnit.Hari => start.AddDays(waktu.Amount),
            WaktuUnit.HariKerja => CloseOf(NthWorkingDayAfter(DateOnly.FromDateTime(start), waktu.Amount)),
            _ => AddOfficeTime(start, TimeSpan.FromMinutes(waktu.OfficeMinutes)),
        };
    }

    /// <summary>Office time between two moments; zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan OfficeTimeBetween(DateTime from, DateTime to)
    {
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to); day = day.AddDays(1))
        {
            foreach (var (open, close) in OfficeHours(day))
            {
                var overlap = Min(close, to) - Max(open, from);
                if (overlap > TimeSpan.Zero) total += overlap;
            }
        }
        return total;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsHariKerja(day)) count++;
        return count;
    }

    /// <summary>How late a step finished against its standard, measured three ways.</summary>
    public Lateness Lateness(DateTime start, WaktuBaku waktu, DateTime finishedAt)
    {
        var due = DueAt(start, waktu);
        if (finishedAt <= due) return new Lateness(due, finishedAt, TimeSpan.Zero, TimeSpan.Zero, 0);
        return new Lateness(due, finishedAt, finishedAt - due, OfficeTimeBetween(due, finishedAt),
            WorkingDaysBetween(DateOnly.FromDateTime(due), DateOnly.FromDateTime(finishedAt)));
    }

    private DateTime AddOfficeTime(DateTime start, TimeSpan duration)
    {
        var remaining = duration;
        var first = DateOnly.FromDateTime(start);
        for (var day = first; day < first.AddDays(SearchDays); day = day.AddDays(1))
        {
            foreach (var (open, close) in OfficeHours(day))
            {
                var from = Max(open, start);
                if (from >= close) continue;
                if (remaining <= close - from) return from + remaining;
                remaining -= close - from;
            }
        }
        throw NoWorkingDay();
    }

    private DateOnly NthWorkingDayAfter(DateOnly start, int n)
    {
        var day = start;
        for (var searched = 0; n > 0; searched++)
        {
            if (searched > SearchDays) throw NoWorkingDay();
            day = day.AddDays(1);
            if (IsHariKerja(day)) n--;
        }
        return day;
    }

    private DateTime CloseOf(DateOnly day) => day.ToDateTime(JamKerja.On(day.DayOfWeek)[^1].Selesai);

    private IEnumerable<(DateTime Open, DateTime Close)> OfficeHours(DateOnly day) =>
        IsHariKerja(day)
            ? JamKerja.On(day.DayOfWeek).Select(r => (day.ToDateTime(r.Mulai), day.ToDateTime(r.Selesai)))
            : [];

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DomainException NoWorkingDay() =>
        new("Kalender kerja tidak memuat hari kerja dalam sepuluh tahun ke depan.", "kalender");
}
