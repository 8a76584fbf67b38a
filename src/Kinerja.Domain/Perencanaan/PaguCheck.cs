using System.Globalization;

namespace Kinerja.Domain.Perencanaan;

/// <summary>
/// Budget ceilings nest: the sub-kegiatan of a kegiatan, and the kegiatan of a programme, may not add
/// up to more than their parent's pagu for the same year. Money is whole rupiah.
/// </summary>
public static class PaguCheck
{
    /// <summary>
    /// Rp 1.000 triliun: far above any regional budget (the largest APBD is under Rp 100 triliun), far
    /// below where a sum of long could wrap. The one stated limit on a pagu (issue 13, finding 4).
    /// </summary>
    public const long Maximum = 1_000_000_000_000_000L;

    public static void EnsureValid(long pagu, string field = "Jumlah")
    {
        if (pagu < 0) throw new DomainException("Pagu tidak boleh negatif.", field);
        if (pagu > Maximum) throw new DomainException($"Pagu paling banyak {Rupiah(Maximum)}.", field);
    }

    /// <summary>Adds amounts with overflow checked, so a sum can never wrap negative and pass a comparison.</summary>
    public static long Total(string field, params long[] amounts)
    {
        try
        {
            return amounts.Aggregate(0L, (sum, a) => checked(sum + a));
        }
        catch (OverflowException)
        {
            throw new DomainException($"Jumlah pagu melampaui batas {Rupiah(Maximum)}.", field);
        }
    }

    /// <param name="parentPagu">The parent's pagu for the year, or null when it has none set (nothing to exceed yet).</param>
    public static void EnsureChildrenFit(long? parentPagu, long childrenTotal, string parentLabel, int tahun, string field = "Jumlah")
    {
        if (childrenTotal < 0) throw new DomainException("Jumlah pagu tidak valid.", field);
        if (parentPagu is long p && childrenTotal > p)
            throw new DomainException(
                $"Jumlah pagu di bawah {parentLabel} tahun {tahun} ({Rupiah(childrenTotal)}) melebihi pagu {parentLabel} ({Rupiah(p)}).", field);
    }

    public static string Rupiah(long amount) => "Rp " + amount.ToString("#,0", CultureInfo.GetCultureInfo("id-ID"));
}
