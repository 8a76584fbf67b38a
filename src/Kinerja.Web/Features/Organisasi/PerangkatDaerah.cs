using Kinerja.Web.Data;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>An agency (OPD): Dinas, Badan, Sekretariat.</summary>
public class PerangkatDaerah : IVersioned
{
    public int Id { get; set; }
    public int PemdaId { get; set; }
    public Pemda Pemda { get; set; } = null!;
    /// <summary>Short code, unique in the Pemda, e.g. "BPBD"; also the suffix of demo user names.</summary>
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    /// <summary>A planning agency (Bappeda) whose leaders read every OPD of the Pemda.</summary>
    public bool ReadsAcrossPemda { get; set; }
    /// <summary>Data forms pass the Kepala Seksi before the Kepala Bidang (optional step of the SOP).</summary>
    public bool ValidasiKasi { get; set; }
    public int Version { get; set; }

    public List<UnitKerja> Units { get; set; } = [];
}
