namespace Kinerja.Domain.Rekap;

public enum CheckSeverity
{
    /// <summary>The table contradicts itself (a sum that does not add up, a level summed): fix before use.</summary>
    Kesalahan = 1,
    /// <summary>The figure stands but the reader must know something (not final, returned, a setting to review).</summary>
    Peringatan = 2,
}

/// <summary>The rules, each with a stable code the pages, the API and the exports carry.</summary>
public static class CheckCodes
{
    public const string JumlahTriwulan = "JUMLAH_TRIWULAN";
    public const string NilaiAkhirDijumlah = "NILAI_AKHIR_DIJUMLAH";
    public const string RataRata = "RATA_RATA";
    public const string PersenKumulatif = "PERSEN_KUMULATIF";
    public const string AnggaranTriwulan = "ANGGARAN_TRIWULAN";
    public const string AnggaranInduk = "ANGGARAN_INDUK";
    public const string PaguBerubah = "PAGU_BERUBAH";
    public const string MelebihiPagu = "MELEBIHI_PAGU";
    public const string BelumFinal = "BELUM_FINAL";
    public const string Dikembalikan = "DIKEMBALIKAN";
    public const string BelumDikunci = "BELUM_DIKUNCI";
    public const string PemdaBerbeda = "PEMDA_BERBEDA";
    public const string PemdaBelumDibuka = "PEMDA_BELUM_DIBUKA";
}

/// <summary>
/// One finding of the cross-footing checks, pointing at the figure: the indicator or budget line by its
/// code, the period, and the OPD. <see cref="Pesan"/> is a whole Indonesian sentence that names them too,
/// so it reads the same on a page, in an API answer and in an exported sheet.
/// </summary>
public sealed record RekapCheck(CheckSeverity Severity, string Kode, string Pesan, string? Baris, string? Periode, string? PerangkatDaerah);
