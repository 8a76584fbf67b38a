namespace Kinerja.Domain.Organisasi;

/// <summary>
/// When a user holds a jabatan: definitively (end optional) or as Plt / acting, which always
/// has an end date. Both ends are inclusive days in the Pemda's local calendar.
/// </summary>
public readonly record struct AssignmentPeriod(DateOnly Start, DateOnly? End, bool IsPlt)
{
    public bool IsActiveOn(DateOnly day) => day >= Start && (End is null || day <= End);

    public bool HasEndedBy(DateOnly day) => End is not null && day > End;

    public static AssignmentPeriod Create(DateOnly start, DateOnly? end, bool isPlt, DateOnly today)
    {
        if (end is not null && end < start)
            throw new DomainException("Tanggal selesai tidak boleh sebelum tanggal mulai.", "EndDate");
        if (isPlt && end is null)
            throw new DomainException("Penugasan Plt harus memiliki tanggal selesai.", "EndDate");
        if (isPlt && end < today)
            throw new DomainException($"Masa Plt sudah berakhir pada {end:dd-MM-yyyy}; penugasan yang sudah berakhir tidak dapat dibuat.", "EndDate");
        return new AssignmentPeriod(start, end, isPlt);
    }
}
