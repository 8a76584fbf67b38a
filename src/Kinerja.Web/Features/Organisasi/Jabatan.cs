using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>A position in the organisation, carrying the SOP role its holder plays.</summary>
public class Jabatan : IVersioned
{
    public int Id { get; set; }
    public int PemdaId { get; set; }
    public Pemda Pemda { get; set; } = null!;
    public int? PerangkatDaerahId { get; set; }
    public PerangkatDaerah? PerangkatDaerah { get; set; }
    public int? UnitKerjaId { get; set; }
    public UnitKerja? UnitKerja { get; set; }
    /// <summary>Unique within the Pemda; imports refer to jabatan by it.</summary>
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public SopRole Role { get; set; }
    public int Version { get; set; }

    public List<JabatanAssignment> Assignments { get; set; } = [];
}
