namespace Kinerja.Domain.Sop;

/// <summary>One stretch of office time within a day, e.g. 07:30–12:00.</summary>
public readonly record struct RentangJam
{
    public RentangJam(TimeOnly mulai, TimeOnly selesai)
    {
        if (selesai <= mulai)
            throw new DomainException($"Jam kerja {mulai:HH\\:mm}–{selesai:HH\\:mm}: jam selesai harus setelah jam mulai.", "jamKerja");
        Mulai = mulai;
        Selesai = selesai;
    }

    public TimeOnly Mulai { get; }

    public TimeOnly Selesai { get; }
}

/// <summary>
/// Office hours per day of the week, set per Pemda. A day without hours is not a working day,
/// which is how weekends are expressed (a six-day office gives Saturday hours). A day may have
/// several stretches, so a Pemda that excludes the midday break (istirahat) can say so.
/// </summary>
public sealed class JamKerja
{
    private readonly Dictionary<DayOfWeek, ValueList<RentangJam>> days;

    public JamKerja(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<RentangJam>> perDay)
    {
        days = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, d => Checked(d, perDay.GetValueOrDefault(d) ?? []));
        if (days.Values.All(r => r.Count == 0))
            throw new DomainException("Jam kerja harus memuat sedikitnya satu hari kerja.", "jamKerja");
    }

    /// <summary>
    /// Monday–Thursday 07:30–16:00, Friday 07:30–16:30 (the common Pemda schedule; breaks are
    /// counted as office time). Saturday and Sunday have none.
    /// </summary>
    public static JamKerja Default { get; } = new(new Dictionary<DayOfWeek, IReadOnlyList<RentangJam>>
    {
        [DayOfWeek.Monday] = [new(new(7, 30), new(16, 0))],
        [DayOfWeek.Tuesday] = [new(new(7, 30), new(16, 0))],
        [DayOfWeek.Wednesday] = [new(new(7, 30), new(16, 0))],
        [DayOfWeek.Thursday] = [new(new(7, 30), new(16, 0))],
        [DayOfWeek.Friday] = [new(new(7, 30), new(16, 30))],
    });

    public IReadOnlyList<RentangJam> On(DayOfWeek day) => days[day];

    /// <summary>A copy with the hours of one day replaced (none makes it a day off).</summary>
    public JamKerja With(DayOfWeek day, params RentangJam[] hours)
    {
        var copy = days.ToDictionary(d => d.Key, d => (IReadOnlyList<RentangJam>)d.Value);
        copy[day] = hours;
        return new JamKerja(copy);
    }

    private static ValueList<RentangJam> Checked(DayOfWeek day, IReadOnlyList<RentangJam> hours)
    {
        var sorted = hours.OrderBy(h => h.Mulai).ToValueList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Mulai < sorted[i - 1].Selesai)
                throw new DomainException($"Jam kerja hari {NamaHari(day)} saling tumpang tindih.", "jamKerja");
        }
        return sorted;
    }

    private static string NamaHari(DayOfWeek day) =>
        ((string[])["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"])[(int)day];
}
