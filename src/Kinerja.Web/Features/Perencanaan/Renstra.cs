using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>An OPD's five-year strategic plan: Tujuan → Sasaran → Indikator.</summary>
public class Renstra : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; set; } = null!;
    public required string Nama { get; set; }
    public int TahunAwal { get; set; }
    public int TahunAkhir { get; set; }
    public int Version { get; set; }

    public List<Tujuan> Tujuan { get; set; } = [];
}

public class Tujuan : IVersioned
{
    public int Id { get; set; }
    public int RenstraId { get; set; }
    public Renstra Renstra { get; set; } = null!;
    public required string Kode { get; set; }
    public required string Uraian { get; set; }
    public int Version { get; set; }

    public List<Sasaran> Sasaran { get; set; } = [];
}

public class Sasaran : IVersioned
{
    public int Id { get; set; }
    public int TujuanId { get; set; }
    public Tujuan Tujuan { get; set; } = null!;
    public required string Kode { get; set; }
    public required string Uraian { get; set; }
    public int Version { get; set; }

    public List<Indikator> Indikator { get; set; } = [];
}
