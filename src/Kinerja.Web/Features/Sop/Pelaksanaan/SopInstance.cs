using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Pengumpulan;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

public enum SopInstanceStatus
{
    Berjalan = 1,
    Selesai = 2,
}

/// <summary>
/// One run of an SOP (pelaksanaan SOP) for the work it governs — a collection round. It keeps the revision
/// it runs, so a later revision of the SOP never changes a run already under way. Steps are added as they
/// become active, so a branch not taken has no row and a step sent back runs again as a new round (putaran).
/// </summary>
public class SopInstance : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; set; } = null!;
    public int SopDokumenId { get; set; }
    public SopDokumen SopDokumen { get; set; } = null!;
    public int Revisi { get; set; }
    public required string NamaSop { get; set; }
    public int PengumpulanDataId { get; set; }
    public PengumpulanData PengumpulanData { get; set; } = null!;
    public DateTime MulaiUtc { get; set; }
    public DateTime? SelesaiUtc { get; set; }
    public SopInstanceStatus Status { get; set; } = SopInstanceStatus.Berjalan;
    public required string DimulaiOleh { get; set; }
    public int Version { get; set; }

    public List<SopInstanceStep> Steps { get; set; } = [];
    public List<Disposisi> Disposisi { get; set; } = [];
}

/// <summary>One step of a run: who it went to, when it started, when it was due under the mutu baku, and how it ended.</summary>
public class SopInstanceStep : IVersioned
{
    public int Id { get; set; }
    public int SopInstanceId { get; set; }
    public int StepNo { get; set; }
    /// <summary>1 the first time the step runs; 2 after a refusal sent the flow back to it, and so on.</summary>
    public int Putaran { get; set; } = 1;
    public required string Kegiatan { get; set; }
    public int WaktuAmount { get; set; }
    public WaktuUnit WaktuUnit { get; set; }
    public DateTime MulaiUtc { get; set; }
    /// <summary>The due moment from the working-day calendar (office hours for menit/jam).</summary>
    public DateTime JatuhTempoUtc { get; set; }
    public DateTime? SelesaiUtc { get; set; }
    public string? SelesaiOleh { get; set; }
    public Keputusan? Keputusan { get; set; }
    public string? OutputNama { get; set; }
    public string? OutputTautan { get; set; }
    public string? Catatan { get; set; }
    public int Version { get; set; }

    public List<SopStepPetugas> Petugas { get; set; } = [];
    public List<SopStepKelengkapan> Kelengkapan { get; set; } = [];

    public WaktuBaku Waktu => new(WaktuAmount, WaktuUnit);
    public bool IsOpen => SelesaiUtc is null;
}

/// <summary>Who a step went to when it became active: the holder (or Plt) of the jabatan of one of its pelaksana.</summary>
public class SopStepPetugas
{
    public int Id { get; set; }
    public int SopInstanceStepId { get; set; }
    public required string PelaksanaId { get; set; }
    public required string PelaksanaJudul { get; set; }
    public int JabatanId { get; set; }
    public required string JabatanNama { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string NamaLengkap { get; set; }
    public bool IsPlt { get; set; }
}

/// <summary>One item of a step's kelengkapan: marked present, and linked to the document where there is one.</summary>
public class SopStepKelengkapan : IVersioned
{
    public int Id { get; set; }
    public int SopInstanceStepId { get; set; }
    public required string Nama { get; set; }
    public bool Ada { get; set; }
    public string? DokumenNama { get; set; }
    public string? Tautan { get; set; }
    public string? DicentangOleh { get; set; }
    public DateTime? DicentangUtc { get; set; }
    public int Version { get; set; }
}

public enum JenisParaf
{
    Paraf = 1,
    TandaTangan = 2,
}

/// <summary>
/// A disposisi within a run: from one actor of the SOP to another, with an instruction and attachments.
/// The recipient's paraf (or tanda tangan) is an approval by the signed-in recipient, stamped with the time.
/// </summary>
public class Disposisi : IVersioned
{
    public int Id { get; set; }
    public int SopInstanceId { get; set; }
    public int SopInstanceStepId { get; set; }
    public required string DariUserId { get; set; }
    public required string DariNama { get; set; }
    public required string DariJabatan { get; set; }
    public required string KepadaUserId { get; set; }
    public required string KepadaNama { get; set; }
    public required string KepadaJabatan { get; set; }
    public required string Instruksi { get; set; }
    /// <summary>One attachment a line: "name" or "name | link".</summary>
    public string? Lampiran { get; set; }
    public DateTime TanggalUtc { get; set; }
    public JenisParaf? JenisParaf { get; set; }
    public string? ParafOleh { get; set; }
    public DateTime? ParafUtc { get; set; }
    public int Version { get; set; }

    public IEnumerable<(string Nama, string? Tautan)> LampiranList =>
        (Lampiran ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('|', 2, StringSplitOptions.TrimEntries)).Select(p => (p[0], p.Length > 1 && p[1].Length > 0 ? p[1] : null));
}
