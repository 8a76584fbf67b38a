using Kinerja.Web.Data;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>A regional government: Kabupaten, Kota or Provinsi.</summary>
public class Pemda : IVersioned
{
    public int Id { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<PerangkatDaerah> PerangkatDaerah { get; set; } = [];
}
