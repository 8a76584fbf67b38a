namespace Kinerja.Domain.Sop;

/// <summary>The units the SOPs state their standard times in.</summary>
public enum WaktuUnit
{
    /// <summary>Minutes of office time.</summary>
    Menit = 1,
    /// <summary>Hours of office time.</summary>
    Jam = 2,
    /// <summary>Calendar days: weekends and holidays count.</summary>
    Hari = 3,
    /// <summary>Working days: weekends, national holidays and cuti bersama do not count.</summary>
    HariKerja = 4,
}

/// <summary>The standard time of one step (the "waktu" of its mutu baku), e.g. 15 menit.</summary>
public readonly record struct WaktuBaku
{
    public WaktuBaku(int amount, WaktuUnit unit)
    {
        if (amount < 0) throw new DomainException("Waktu baku tidak boleh negatif.", "waktu");
        if (!Enum.IsDefined(unit)) throw new DomainException("Satuan waktu tidak dikenal.", "waktu");
        Amount = amount;
        Unit = unit;
    }

    public int Amount { get; }

    public WaktuUnit Unit { get; }

    /// <summary>Minutes and hours are office time; days are counted on the calendar.</summary>
    public bool IsOfficeTime => Unit is WaktuUnit.Menit or WaktuUnit.Jam;

    /// <summary>The office minutes of a minute or hour standard; zero for day standards.</summary>
    public int OfficeMinutes => Unit switch
    {
        WaktuUnit.Menit => Amount,
        WaktuUnit.Jam => Amount * 60,
        _ => 0,
    };

    public override string ToString() => $"{Amount} {Unit.Keyword()}";
}

public static class WaktuUnits
{
    /// <summary>How the unit is written in an SOP definition and shown to users.</summary>
    public static string Keyword(this WaktuUnit unit) => unit switch
    {
        WaktuUnit.Menit => "menit",
        WaktuUnit.Jam => "jam",
        WaktuUnit.Hari => "hari",
        WaktuUnit.HariKerja => "hari kerja",
        _ => unit.ToString(),
    };

    /// <summary>Accepts the keyword in any case, with any spacing between "hari" and "kerja".</summary>
    public static bool TryParse(string? text, out WaktuUnit unit)
    {
        unit = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var candidate in Enum.GetValues<WaktuUnit>())
        {
            if (string.Equals(candidate.Keyword(), words, StringComparison.OrdinalIgnoreCase))
            {
                unit = candidate;
                return true;
            }
        }
        return false;
    }
}
