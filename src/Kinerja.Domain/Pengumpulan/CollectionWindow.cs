namespace Kinerja.Domain.Pengumpulan;

/// <summary>How a value may be entered into a form right now.</summary>
public enum EntryMode
{
    /// <summary>The unit enters its own data inside the window.</summary>
    Unit = 1,
    /// <summary>After the deadline the planning section enters on the unit's behalf, flagged and logged.</summary>
    OnBehalf = 2,
}

/// <summary>
/// The round's window: units enter between opening and deadline; after it only the planning section
/// can, on the unit's behalf, with a reason. Before opening nobody enters.
/// </summary>
public static class CollectionWindow
{
    public static EntryMode Decide(DateTime nowUtc, DateTime opensUtc, DateTime deadlineUtc, bool isUnitStaff, bool isPlanning, string? reason)
    {
        if (nowUtc < opensUtc) throw new DomainException("Pengumpulan data belum dibuka.");
        if (nowUtc <= deadlineUtc)
        {
            if (isUnitStaff) return EntryMode.Unit;
            if (isPlanning) return EntryMode.OnBehalf;
            throw new DomainException("Hanya unit yang bersangkutan yang dapat mengisi formulir ini.");
        }
        if (!isPlanning)
            throw new DomainException("Batas waktu pengumpulan sudah lewat; hubungi Kasubag Perencanaan untuk pengisian atas nama unit.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Pengisian setelah batas waktu atas nama unit wajib disertai alasan.", "alasan");
        return EntryMode.OnBehalf;
    }
}
