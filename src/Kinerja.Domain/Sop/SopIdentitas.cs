namespace Kinerja.Domain.Sop;

/// <summary>
/// The identity block every SOP carries (PermenPANRB 35/2012 layout). Dates stay text as the
/// document writes them: one seed says only "Mei 2023", and "-" or a blank means "not stated".
/// </summary>
public sealed record SopIdentitas
{
    public required string Nama { get; init; }

    /// <summary>The agency that issues the SOP, as its header names it.</summary>
    public required string Instansi { get; init; }

    public string? Nomor { get; init; }

    public required string TanggalPembuatan { get; init; }

    public string? TanggalRevisi { get; init; }

    /// <summary>Tanggal efektif, which some documents call tanggal pengesahan.</summary>
    public string? TanggalEfektif { get; init; }

    public string? DisahkanOleh { get; init; }

    public required ValueList<string> DasarHukum { get; init; }

    public required ValueList<string> KualifikasiPelaksana { get; init; }

    public required ValueList<string> Keterkaitan { get; init; }

    public required ValueList<string> PeralatanPerlengkapan { get; init; }

    /// <summary>What goes wrong when the SOP is not followed.</summary>
    public required string Peringatan { get; init; }

    public required string PencatatanPendataan { get; init; }
}
