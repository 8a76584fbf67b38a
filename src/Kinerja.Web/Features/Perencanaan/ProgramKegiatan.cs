using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>Program → Kegiatan → Sub-kegiatan of an OPD, coded per Kepmendagri 050-5889/2021.</summary>
public class ProgramKegiatan : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; set; } = null!;
    public int? ParentId { get; set; }
    public ProgramKegiatan? Parent { get; set; }
    public ProgramLevel Level { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    /// <summary>The sasaran a programme serves.</summary>
    public int? SasaranId { get; set; }
    public Sasaran? Sasaran { get; set; }
    /// <summary>The unit that reports this sub-kegiatan's realisasi anggaran in the data form.</summary>
    public int? UnitKerjaId { get; set; }
    public UnitKerja? UnitKerja { get; set; }
    public int Version { get; set; }

    public List<ProgramKegiatan> Children { get; set; } = [];
    public List<Pagu> Pagu { get; set; } = [];
}

/// <summary>Budget ceiling of a programme / kegiatan / sub-kegiatan for a year, in whole rupiah.</summary>
public class Pagu
{
    public int Id { get; set; }
    public int ProgramKegiatanId { get; set; }
    public int Tahun { get; set; }
    public long Jumlah { get; set; }
}
