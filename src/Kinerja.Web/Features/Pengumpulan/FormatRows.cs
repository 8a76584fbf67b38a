using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Perencanaan;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>One indicator of a form: the quarter's target (read-only, from the Rencana Aksi), its realisasi and narrative.</summary>
public class FormatIndikator : IVersioned
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
    /// <summary>A validator's note on this row when the form was returned (set by <see cref="FormatDataKinerja.Return"/>).</summary>
    public string? CatatanValidasi { get; private set; }
    public int Version { get; set; }

    public List<BuktiDukung> Bukti { get; set; } = [];

    internal void Note(string? note) => CatatanValidasi = note;
}

/// <summary>One sub-kegiatan of a form: its pagu for the year and the quarter's realisasi anggaran (whole rupiah).</summary>
public class FormatAnggaran : IVersioned
{
    public int Id { get; set; }
    public int FormatDataKinerjaId { get; set; }
    public int ProgramKegiatanId { get; set; }
    public ProgramKegiatan ProgramKegiatan { get; set; } = null!;
    public long Pagu { get; set; }
    public long? Realisasi { get; set; }
    /// <summary>A validator's note on this row when the form was returned (set by <see cref="FormatDataKinerja.Return"/>).</summary>
    public string? CatatanValidasi { get; private set; }
    public int Version { get; set; }

    internal void Note(string? note) => CatatanValidasi = note;
}

/// <summary>An evidence file of an indicator row, stored under the data path and named by its SHA-256.</summary>
public class BuktiDukung
{
    public int Id { get; set; }
    public int FormatIndikatorId { get; set; }
    public required string NamaFile { get; set; }
    public required string JenisKonten { get; set; }
    public long Ukuran { get; set; }
    public required string Sha256 { get; set; }
    public required string DiunggahOleh { get; set; }
    public DateTime DiunggahUtc { get; set; }
}

/// <summary>One step of a form through the chain: who did what, when, and the note.</summary>
public class FormatRiwayat
{
    public int Id { get; set; }
    public int FormatDataKinerjaId { get; set; }
    public FormatAction Aksi { get; set; }
    public FormatStatus DariStatus { get; set; }
    public FormatStatus KeStatus { get; set; }
    public required string UserName { get; set; }
    public DateTime AtUtc { get; set; }
    public string? Catatan { get; set; }
}
