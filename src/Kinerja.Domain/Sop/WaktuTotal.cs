namespace Kinerja.Domain.Sop;

/// <summary>
/// The sum of an SOP's standard times, kept per kind of unit: calendar days, working days and
/// office minutes are never converted into each other (a day is not 24 office hours, nor 8).
/// </summary>
public sealed record WaktuTotal(int Hari, int HariKerja, int Menit)
{
    public static WaktuTotal Zero { get; } = new(0, 0, 0);

    public static WaktuTotal Sum(IEnumerable<WaktuBaku> times) =>
        times.Aggregate(Zero, (total, t) => t.Unit switch
        {
            WaktuUnit.Hari => total with { Hari = total.Hari + t.Amount },
            WaktuUnit.HariKerja => total with { HariKerja = total.HariKerja + t.Amount },
            _ => total with { Menit = total.Menit + t.OfficeMinutes },
        });

    /// <summary>
    /// The total as the SOP documents write it. Days stay days; once a total has days, its office
    /// time is shown in whole hours, rounded to the nearest hour (half up) — that is how the
    /// BPKPAD SOP arrives at "122 Hari 3 jam" from 122 days and 182 minutes. A total without days
    /// shows its hours and minutes exactly ("34 jam 15 menit").
    /// </summary>
    public string Format()
    {
        var parts = new List<string>();
        if (Hari > 0) parts.Add($"{Hari} Hari");
        if (HariKerja > 0) parts.Add($"{HariKerja} Hari kerja");
        if (parts.Count > 0)
        {
            var hours = (int)Math.Round(Menit / 60m, MidpointRounding.AwayFromZero);
            if (hours > 0) parts.Add($"{hours} jam");
            return string.Join(' ', parts);
        }
        return FormatOfficeTime(Menit);
    }

    /// <summary>Every unit exactly, nothing rounded ("122 Hari 3 jam 2 menit").</summary>
    public string FormatExact()
    {
        var parts = new List<string>();
        if (Hari > 0) parts.Add($"{Hari} Hari");
        if (HariKerja > 0) parts.Add($"{HariKerja} Hari kerja");
        if (Menit > 0 || parts.Count == 0) parts.Add(FormatOfficeTime(Menit));
        return string.Join(' ', parts);
    }

    private static string FormatOfficeTime(int minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        if (hours == 0) return $"{rest} menit";
        return rest == 0 ? $"{hours} jam" : $"{hours} jam {rest} menit";
    }
}
