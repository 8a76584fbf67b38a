namespace Kinerja.Domain.Perencanaan;

public enum PerjanjianKinerjaStatus
{
    /// <summary>Being drafted; may be edited.</summary>
    Draft = 1,
    /// <summary>Signed by both parties; frozen. A change needs a revision (PK perubahan).</summary>
    Signed = 2,
    /// <summary>A signed PK replaced by a PK perubahan; kept as history, read-only.</summary>
    Superseded = 3,
}

/// <summary>The PK's life: draft → signed → (revision → signed …), with the old version kept.</summary>
public static class PerjanjianKinerjaRules
{
    public static void EnsureEditable(PerjanjianKinerjaStatus status)
    {
        if (status == PerjanjianKinerjaStatus.Signed)
            throw new DomainException("Perjanjian Kinerja sudah ditandatangani; buat PK perubahan untuk mengubahnya.");
        if (status == PerjanjianKinerjaStatus.Superseded)
            throw new DomainException("Perjanjian Kinerja ini sudah diganti oleh PK perubahan dan hanya dapat dilihat.");
    }

    public static void EnsureCanSign(PerjanjianKinerjaStatus status, int indicatorCount)
    {
        if (status == PerjanjianKinerjaStatus.Signed)
            throw new DomainException("Perjanjian Kinerja ini sudah ditandatangani.");
        if (status == PerjanjianKinerjaStatus.Superseded)
            throw new DomainException("Perjanjian Kinerja ini sudah diganti oleh PK perubahan dan tidak dapat ditandatangani.");
        if (indicatorCount == 0)
            throw new DomainException("Perjanjian Kinerja belum memiliki indikator.");
    }

    public static void EnsureCanRevise(PerjanjianKinerjaStatus status)
    {
        if (status != PerjanjianKinerjaStatus.Signed)
            throw new DomainException("Hanya Perjanjian Kinerja yang sudah ditandatangani yang dapat direvisi (PK perubahan).");
    }
}
