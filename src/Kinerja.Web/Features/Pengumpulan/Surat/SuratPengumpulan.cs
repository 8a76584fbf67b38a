using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>
/// A letter of a collection round (the SK or the Surat Pemberitahuan) on its way through the SOP's
/// chain. The number and date are given when the Kepala signs; the signed document is kept as it was.
/// </summary>
public class SuratPengumpulan : IVersioned
{
    public int Id { get; set; }
    public int PengumpulanDataId { get; set; }
    public PengumpulanData PengumpulanData { get; set; } = null!;
    /// <summary>Copied from the round: numbering and templates are per OPD.</summary>
    public int PerangkatDaerahId { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; set; } = null!;
    public SuratJenis Jenis { get; set; }
    public SuratStatus Status { get; set; } = SuratStatus.Draf;
    public required string Perihal { get; set; }
    /// <summary>The drafter's text, filled into the template's {{isi}}.</summary>
    public string? Isi { get; set; }
    /// <summary>The last correction comment or refusal reason, shown to whoever corrects next.</summary>
    public string? Catatan { get; set; }
    public string? Nomor { get; set; }
    /// <summary>The place in the OPD's sequence of <see cref="NomorTahun"/> and the kind: unique, never reused.</summary>
    public int? NomorUrut { get; set; }
    public int? NomorTahun { get; set; }
    public DateOnly? Tanggal { get; set; }
    public string? DitandatanganiOleh { get; set; }
    /// <summary>The signed letter as generated at signing, so a later template change does not alter it.</summary>
    public byte[]? DokumenFinal { get; set; }
    public required string DibuatOleh { get; set; }
    public DateTime DibuatUtc { get; set; }
    public int Version { get; set; }

    public List<SuratRiwayat> Riwayat { get; set; } = [];
    public List<SuratPenerima> Penerima { get; set; } = [];
}

/// <summary>One step of the chain: who, when, from where to where, and the comment or reason.</summary>
public class SuratRiwayat
{
    public int Id { get; set; }
    public int SuratPengumpulanId { get; set; }
    public SuratAction Aksi { get; set; }
    public SuratStatus DariStatus { get; set; }
    public SuratStatus KeStatus { get; set; }
    public required string UserName { get; set; }
    public string? NamaLengkap { get; set; }
    public DateTime AtUtc { get; set; }
    public string? Catatan { get; set; }
}

/// <summary>A unit that receives the letter (one per unit with a form in the round), with its read receipt.</summary>
public class SuratPenerima
{
    public int Id { get; set; }
    public int SuratPengumpulanId { get; set; }
    public int UnitKerjaId { get; set; }
    public UnitKerja UnitKerja { get; set; } = null!;
    /// <summary>When the letter reached the unit's inbox (distribution).</summary>
    public DateTime? DiterimaUtc { get; set; }
    public string? DibacaOleh { get; set; }
    public DateTime? DibacaUtc { get; set; }
}

/// <summary>The last number given per OPD, year and kind; its version makes two signatures at once take different numbers.</summary>
public class SuratNomorUrut : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public int Tahun { get; set; }
    public SuratJenis Jenis { get; set; }
    public int Terakhir { get; set; }
    public int Version { get; set; }
}

/// <summary>An OPD's own DOCX template for a kind of letter (otherwise the built-in one), and its number pattern.</summary>
public class SuratTemplate : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public SuratJenis Jenis { get; set; }
    public byte[]? Docx { get; set; }
    public string? NamaFile { get; set; }
    public string? FormatNomor { get; set; }
    public required string DiunggahOleh { get; set; }
    public DateTime DiunggahUtc { get; set; }
    public int Version { get; set; }
}
