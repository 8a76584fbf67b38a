namespace Kinerja.Domain.Capaian;

/// <summary>
/// Serapan anggaran: realisasi anggaran / pagu × 100. Money is whole rupiah (decimal, never float).
/// Not capped: a serapan above 100 % is overspending, and hiding it would hide the problem.
/// </summary>
/// <remarks>
/// No realisasi yet → belum ada data. Pagu 0 → tidak dapat dihitung (PaguZero) whatever was spent:
/// with no budget there is nothing to absorb, and calling 0 of 0 "100 %" would make an unfunded
/// activity look fully absorbed in the efficiency comparison. A negative amount → NegativeAmount.
/// </remarks>
public static class Serapan
{
    public static CapaianResult Compute(decimal pagu, decimal? realisasiAnggaran)
    {
        WholeRupiah(pagu, "Pagu");
        if (realisasiAnggaran is not { } realisasi) return CapaianResult.Empty;
        WholeRupiah(realisasi, "RealisasiAnggaran");

        if (pagu < 0 || realisasi < 0) return CapaianResult.Undefined(NotComputableReason.NegativeAmount);
        if (pagu == 0) return CapaianResult.Undefined(NotComputableReason.PaguZero);
        // Both are whole rupiah within ValueLimit and pagu ≥ 1, so this cannot overflow.
        return CapaianResult.Of(realisasi * 100 / pagu);
    }

    private static void WholeRupiah(decimal amount, string field)
    {
        ValueLimit.Ensure(amount, field);
        if (decimal.Truncate(amount) != amount)
            throw new DomainException("Jumlah uang harus dalam rupiah penuh, tanpa sen.", field);
    }
}
