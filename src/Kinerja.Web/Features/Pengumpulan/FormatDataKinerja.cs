using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Perencanaan;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// A unit's data form of a round (Format Data Kinerja): its indicator rows with the period's target,
/// its sub-kegiatan rows with pagu, and where it stands in the validation chain. In the Pemda-wide
/// round the "unit" is a whole OPD (UnitKerjaId null, SumberOpdId set).
/// </summary>
public class FormatDataKinerja : IVersioned
{
    public int Id { get; set; }
    public int PengumpulanDataId { get; set; }
    public PengumpulanData PengumpulanData { get; set; } = null!;
    public int? UnitKerjaId { get; set; }
    public UnitKerja? UnitKerja { get; set; }
    /// <summary>Pemda-wide round: the OPD whose locked recap this form carries.</summary>
    public int? SumberOpdId { get; set; }
    public PerangkatDaerah? SumberOpd { get; set; }
    public FormStatus Status { get; set; } = FormStatus.Isian;
    public string? DiajukanOleh { get; set; }
    public DateTime? DiajukanUtc { get; set; }
    /// <summary>The note of the last return or reopening, shown on top of the form.</summary>
    public string? Catatan { get; set; }
    /// <summary>Something in it was entered by the planning section on the unit's behalf.</summary>
    public bool DiisiPerencanaan { get; set; }
    public int Version { get; set; }

    public List<FormIndikator> Indikator { get; set; } = [];
    public List<FormAnggaran> Anggaran { get; set; } = [];
    public List<FormRiwayat> Riwayat { get; set; } = [];
}

/// <summary>One indicator of a form: the quarter's target (read-only, from the Rencana Aksi), its realisasi and narrative.</summary>
public class FormIndikator : IVersioned
{
    public int Id { get; set; }
    public int FormatDataKinerjaId { get; set; }
    public int IndikatorId { get; set; }
    public Indikator Indikator { get; set; } = null!;
    public decimal? Target { get; set; }
    public decimal? TargetAtas { get; set; }
    public decimal? Realisasi { get; set; }
    public string? FaktorPendukung { get; set; }
    public string? FaktorPenghambat { get; set; }
    public string? TindakLanjut { get; set; }
    /// <summary>Why the realisasi is far from the target (required for outliers).</summary>
    public string? Penjelasan { get; set; }
    /// <summary>A validator's note on this row when the form was returned.</summary>
    public string? CatatanValidasi { get; set; }
    public int Version { get; set; }

    public List<BuktiDukung> Bukti { get; set; } = [];
}

/// <summary>One sub-kegiatan of a form: its pagu for the year and the quarter's realisasi anggaran (whole rupiah).</summary>
public class FormAnggaran : IVersioned
{
    public int Id { get; set; }
    public int FormatDataKinerjaId { get; set; }
    public int ProgramKegiatanId { get; set; }
    public ProgramKegiatan ProgramKegiatan { get; set; } = null!;
    public long Pagu { get; set; }
    public long? Realisasi { get; set; }
    public string? CatatanValidasi { get; set; }
    public int Version { get; set; }
}

/// <summary>An evidence file of an indicator row, stored under the data path and named by its SHA-256.</summary>
public class BuktiDukung
{
    public int Id { get; set; }
    public int FormIndikatorId { get; set; }
    public required string NamaFile { get; set; }
    public required string JenisKonten { get; set; }
    public long Ukuran { get; set; }
    public required string Sha256 { get; set; }
    public required string DiunggahOleh { get; set; }
    public DateTime DiunggahUtc { get; set; }
}

/// <summary>One step of a form through the chain: who did what, when, and the note.</summary>
public class FormRiwayat
{
    public int Id { get; set; }
    public int FormatDataKinerjaId { get; set; }
    public FormAction Aksi { get; set; }
    public FormStatus DariStatus { get; set; }
    public FormStatus KeStatus { get; set; }
    public required string UserName { get; set; }
    public DateTime AtUtc { get; set; }
    public string? Catatan { get; set; }
}
