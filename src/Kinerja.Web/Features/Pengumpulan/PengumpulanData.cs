using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// A collection round: one OPD's data for one quarter (or, with no OPD, the Pemda-wide round in which
/// the planning agency collects every OPD's locked recap). Opening it creates the forms.
/// </summary>
public class PengumpulanData : IVersioned
{
    public int Id { get; set; }
    public int PemdaId { get; set; }
    public Pemda Pemda { get; set; } = null!;
    /// <summary>Null for the Pemda-wide round.</summary>
    public int? PerangkatDaerahId { get; set; }
    public PerangkatDaerah? PerangkatDaerah { get; set; }
    public int Tahun { get; set; }
    /// <summary>1–4.</summary>
    public int Triwulan { get; set; }
    public DateTime DibukaUtc { get; set; }
    public DateTime BatasWaktuUtc { get; set; }
    /// <summary>Copied from the OPD when the round opens: forms pass the Kepala Seksi before the Kabid.</summary>
    public bool ValidasiKasi { get; set; }
    public required string DibukaOleh { get; set; }
    /// <summary>Set when every form is locked and the planning section closes the round.</summary>
    public DateTime? DikunciUtc { get; set; }
    public int Version { get; set; }

    public List<FormatDataKinerja> Forms { get; set; } = [];
}
