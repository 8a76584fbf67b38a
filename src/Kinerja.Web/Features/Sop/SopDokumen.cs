using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// One SOP of an OPD. Its content lives in <see cref="SopRevisi"/> rows: a change adds a revision,
/// so the text the agency signed earlier is never lost. <see cref="Version"/> guards against two
/// authors revising from the same revision at once.
/// </summary>
public class SopDokumen : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; set; } = null!;

    /// <summary>The current revision's identitas.nama, kept here for lists.</summary>
    public required string Nama { get; set; }

    /// <summary>The number of the current (highest) revision.</summary>
    public int RevisiTerakhir { get; set; }

    public int Version { get; set; }

    public List<SopRevisi> Revisi { get; set; } = [];
}

/// <summary>One revision's definition text exactly as the author gave it (YAML, comments kept).</summary>
public class SopRevisi
{
    public int Id { get; set; }
    public int SopDokumenId { get; set; }
    public int Revisi { get; set; }
    public required string Yaml { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public required string CreatedByUserName { get; set; }

    /// <summary>identitas.nomor and tanggal_efektif of this revision, for the revision list.</summary>
    public string? Nomor { get; set; }
    public string? TanggalEfektif { get; set; }
}
