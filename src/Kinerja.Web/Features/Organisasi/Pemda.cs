using Kinerja.Web.Data;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>A regional government: Kabupaten, Kota or Provinsi.</summary>
public class Pemda : IVersioned
{
    public int Id { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public bool IsDemo { get; set; }
    /// <summary>Efficiency: capaian − serapan above this (points) is "efisien" (default 5).</summary>
    public decimal EfisienAbove { get; set; } = 5m;
    /// <summary>Efficiency: capaian − serapan below this is "tidak efisien" (default −5).</summary>
    public decimal TidakEfisienBelow { get; set; } = -5m;
    public int Version { get; set; }

    public List<PerangkatDaerah> PerangkatDaerah { get; set; } = [];
}
