using System.Globalization;

namespace Kinerja.Domain.Perencanaan;

/// <summary>
/// Budget ceilings nest: the sub-kegiatan of a kegiatan, and the kegiatan of a programme, may not add
/// up to more than their parent's pagu for the same year. Money is whole rupiah.
/// </summary>
public static class PaguCheck
{
    public static void EnsureValid(long pagu, string field = "Jumlah")
    {
        if (pagu < 0) throw new DomainException("Pagu tidak boleh negatif.", field);
    }

    /// <param name="parentPagu">The parent's pagu for the year, or null when it has none set (nothing to exceed yet).</param>
    public static void EnsureChildrenFit(long? parentPagu, long childrenTotal, string parentLabel, int tahun, string field = "Jumlah")
    {
        if (parentPagu is long p && childrenTotal > p)
            throw new DomainException(
                $"Jumlah pagu di bawah {parentLabel} tahun {tahun} ({Rupiah(childrenTotal)}) melebihi pagu {parentLabel} ({Rupiah(p)}).", field);
    }

    public static string Rupiah(long amount) => "Rp " + amount.ToString("#,0", CultureInfo.GetCultureInfo("id-ID"));
}
