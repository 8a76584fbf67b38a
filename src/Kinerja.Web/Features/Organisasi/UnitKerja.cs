using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>Sekretariat, Bidang, Subbag, Seksi…: a node of an OPD's tree of any depth.</summary>
public class UnitKerja : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; set; } = null!;
    public int? ParentId { get; set; }
    public UnitKerja? Parent { get; set; }
    /// <summary>Unique within the OPD; imports refer to units by it.</summary>
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public UnitKind Jenis { get; set; }
    /// <summary>Materialised path, see <see cref="UnitPath"/>. Set after the row has an id.</summary>
    public string Path { get; set; } = "";
    public int Version { get; set; }

    public List<UnitKerja> Children { get; set; } = [];

    public int Depth => UnitPath.Depth(Path);
}
