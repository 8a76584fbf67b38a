using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
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
    /// <summary>Set when every form is locked and the planning section closes the round (<see cref="Lock"/>).</summary>
    public DateTime? DikunciUtc { get; private set; }
    public int Version { get; set; }

    public List<FormatDataKinerja> FormatDataKinerja { get; set; } = [];

    /// <summary>
    /// Closes the round once every form (loaded with its unit) is verified: the quarter's data set is final and the
    /// recap and reports may be built from it. Refused when already locked, or naming the forms still open.
    /// </summary>
    public void Lock(DateTime nowUtc)
    {
        if (DikunciUtc is not null) throw new DomainException("Pengumpulan data ini sudah dikunci.");
        var open = FormatDataKinerja.Where(f => f.Status != FormatStatus.Terkunci).OrderBy(f => f.Id).Select(f => f.UnitKerja?.Nama ?? f.SumberOpd?.Nama ?? "?").ToList();
        if (open.Count > 0)
            throw new DomainException($"Masih ada {open.Count} formulir yang belum diverifikasi: {string.Join(", ", open.Take(5))}{(open.Count > 5 ? ", …" : "")}.");
        DikunciUtc = nowUtc;
    }

    /// <summary>Reopening one of its forms reopens the round (<see cref="Pengumpulan.FormatDataKinerja.Reopen"/>).</summary>
    internal void Unlock() => DikunciUtc = null;
}
