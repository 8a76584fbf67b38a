using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>
/// The annual performance agreement of a jabatan (pihak pertama) with its superior (pihak kedua).
/// A signed PK is frozen; a PK perubahan is a new row whose PreviousId points to the one it replaces.
/// </summary>
public class PerjanjianKinerja : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; set; } = null!;
    public int Tahun { get; set; }
    public int JabatanId { get; set; }
    public Jabatan Jabatan { get; set; } = null!;
    public int? AtasanJabatanId { get; set; }
    public Jabatan? AtasanJabatan { get; set; }
    public PerjanjianKinerjaStatus Status { get; set; } = PerjanjianKinerjaStatus.Draft;
    /// <summary>0 for the original PK, 1 for the first PK perubahan, …</summary>
    public int Revisi { get; set; }
    public int? PreviousId { get; set; }
    public DateTime? SignedAtUtc { get; set; }
    public string? SignedByUserName { get; set; }
    public int Version { get; set; }

    public List<PerjanjianKinerjaIndikator> Indikator { get; set; } = [];
}

/// <summary>One indicator of a PK with its annual target and its Rencana Aksi.</summary>
public class PerjanjianKinerjaIndikator
{
    public int Id { get; set; }
    public int PerjanjianKinerjaId { get; set; }
    public PerjanjianKinerja PerjanjianKinerja { get; set; } = null!;
    public int IndikatorId { get; set; }
    public Indikator Indikator { get; set; } = null!;
    public decimal Target { get; set; }
    /// <summary>The upper PK's indicator row this one supports (the cascade).</summary>
    public int? SupportsId { get; set; }
    public PerjanjianKinerjaIndikator? Supports { get; set; }

    public RencanaAksi? RencanaAksi { get; set; }
}

/// <summary>The PK indicator's quarterly plan: TW I–IV targets, actions, budget, person in charge.</summary>
public class RencanaAksi : IVersioned
{
    public int Id { get; set; }
    public int PerjanjianKinerjaIndikatorId { get; set; }
    public decimal? TargetTw1 { get; set; }
    public decimal? TargetTw2 { get; set; }
    public decimal? TargetTw3 { get; set; }
    public decimal? TargetTw4 { get; set; }
    public string? Aksi { get; set; }
    public long? Anggaran { get; set; }
    public string? PenanggungJawab { get; set; }
    /// <summary>The planner confirmed the quarters on purpose do not add up to the annual target.</summary>
    public bool MismatchConfirmed { get; set; }
    public int Version { get; set; }

    public decimal?[] Quarters => [TargetTw1, TargetTw2, TargetTw3, TargetTw4];
}
