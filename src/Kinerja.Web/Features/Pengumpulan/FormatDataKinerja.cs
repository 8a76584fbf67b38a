using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// A unit's data form of a round (Format Data Kinerja): its indicator rows with the period's target,
/// its sub-kegiatan rows with pagu, and where it stands in the validation chain. In the Pemda-wide
/// round the "unit" is a whole OPD (UnitKerjaId null, SumberOpdId set).
/// The chain's steps are the methods below: each asks <see cref="FormatChain"/> whether the step fits the
/// status, refuses a missing note, and writes the step to <see cref="Riwayat"/>. Who may take a step is
/// the use case's question (<see cref="FormatPermissions"/>), asked before the method is called.
/// </summary>
public class FormatDataKinerja : IVersioned
{
    public int Id { get; set; }
    public int PengumpulanDataId { get; set; }
    public PengumpulanData PengumpulanData { get; set; } = null!;
    public int? UnitKerjaId { get; set; }
    public UnitKerja? UnitKerja { get; set; }
    /// <summary>Pemda-wide round: the OPD whose locked recap this form carries.</summary>
    public int? SumberOpdId { get; set; }
    public PerangkatDaerah? SumberOpd { get; set; }
    public FormatStatus Status { get; private set; } = FormatStatus.Isian;
    public string? DiajukanOleh { get; private set; }
    public DateTime? DiajukanUtc { get; private set; }
    /// <summary>The note of the last return or reopening, shown on top of the form.</summary>
    public string? Catatan { get; private set; }
    /// <summary>Something in it was entered by the planning section on the unit's behalf.</summary>
    public bool DiisiPerencanaan { get; private set; }
    public int Version { get; set; }

    public List<FormatIndikator> Indikator { get; set; } = [];
    public List<FormatAnggaran> Anggaran { get; set; } = [];
    public List<FormatRiwayat> Riwayat { get; set; } = [];

    public const int MaxNote = 2000;

    /// <summary>A form of the Pemda-wide round: it skips the Kasi and Kabid steps (the OPD already passed them).</summary>
    public bool IsPemdaLevel => UnitKerjaId is null;

    /// <summary>Refuses a step that does not fit the status now, naming the status (a 422 with field "aksi").</summary>
    public void EnsureAllows(FormatAction action) => Next(action);

    public bool Allows(FormatAction action) =>
        FormatChain.Allows(Status, action, PengumpulanData.ValidasiKasi, pemdaLevel: IsPemdaLevel);

    /// <summary>Values may change only while the form is with the unit.</summary>
    public void EnsureEditable()
    {
        if (Status.IsEditable()) return;
        throw Status == FormatStatus.Terkunci
            ? new DomainException("Formulir sudah terkunci; nilai tidak dapat diubah.")
            : new DomainException("Formulir sedang divalidasi; nilai tidak dapat diubah sampai dikembalikan.");
    }

    /// <summary>Values, evidence or a recap were just put on the form in this way; an entry on the unit's behalf flags it.</summary>
    public void RecordEntry(EntryMode mode)
    {
        EnsureEditable();
        if (mode == EntryMode.OnBehalf) DiisiPerencanaan = true;
    }

    /// <summary>
    /// The unit (or the planning section on its behalf) submits: refused while a check finds an error, and while
    /// there are warnings the submitter has not confirmed. Row notes of an earlier return are cleared.
    /// </summary>
    public void Submit(string user, IReadOnlyCollection<CheckIssue> issues, bool confirmed, EntryMode mode, DateTime nowUtc)
    {
        var next = Next(FormatAction.Ajukan);
        var errors = issues.Where(i => i.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
            throw new ValidationFailedException("Formulir belum dapat diajukan: perbaiki isian yang ditandai.", ByField(errors));
        if (issues.Count > 0 && !confirmed)
            throw new ValidationFailedException("Ada peringatan pada formulir; periksa lalu konfirmasi untuk tetap mengajukan.",
                ByField(issues).Append(new("konfirmasi", ["Centang konfirmasi untuk mengajukan dengan peringatan."])).ToDictionary());
        if (mode == EntryMode.OnBehalf) DiisiPerencanaan = true;
        ClearRowNotes();
        (DiajukanOleh, DiajukanUtc) = (user, nowUtc);
        Move(FormatAction.Ajukan, next, user, nowUtc, null);
    }

    /// <summary>The Kepala Seksi passes the form on to the Kepala Bidang.</summary>
    public void Forward(string user, string? note, DateTime nowUtc) => Move(FormatAction.Teruskan, Next(FormatAction.Teruskan), user, nowUtc, Clean(note));

    /// <summary>The Kepala Bidang (or Sekretaris) approves; the Kasubag Perencanaan verifies next.</summary>
    public void Approve(string user, string? note, DateTime nowUtc) => Move(FormatAction.Setujui, Next(FormatAction.Setujui), user, nowUtc, Clean(note));

    /// <summary>The Kasubag Perencanaan verifies, which locks the form: the data set the reports are built from.</summary>
    public void Verify(string user, string? note, DateTime nowUtc) => Move(FormatAction.Verifikasi, Next(FormatAction.Verifikasi), user, nowUtc, Clean(note));

    /// <summary>
    /// A validator sends the form back to the unit with a note for the whole form, notes on single rows, or both;
    /// without any note it is refused. The history names each returned row by its code (IK-1.2), as users know it.
    /// </summary>
    public void Return(string user, string? note, IReadOnlyDictionary<RowKey, string>? rowNotes, DateTime nowUtc)
    {
        var next = Next(FormatAction.Kembalikan);
        var rows = (rowNotes ?? new Dictionary<RowKey, string>()).Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Trim());
        if (Clean(note) is null && rows.Count == 0)
            throw new DomainException("Tuliskan catatan pengembalian (untuk formulir atau baris).", "catatan");
        if (Clean(note)?.Length > MaxNote) throw new DomainException($"Catatan paling panjang {MaxNote} karakter.", "catatan");
        var codes = rows.Keys.ToDictionary(k => k, k => CodeOf(k) ?? throw new DomainException($"Baris \"{k}\" tidak ada di formulir ini.", "catatanBaris"));
        ClearRowNotes();
        foreach (var (key, text) in rows)
        {
            if (key.Kind == RowKind.Indikator) Indikator.Single(x => x.Id == key.Id).Note(text);
            else Anggaran.Single(x => x.Id == key.Id).Note(text);
        }
        Catatan = Clean(note);
        var history = string.Join("\n", new[] { Catatan }.Concat(rows.Select(kv => $"[{codes[kv.Key]}] {kv.Value}")).Where(s => s is not null));
        Move(FormatAction.Kembalikan, next, user, nowUtc, history);
    }

    /// <summary>A locked form is opened again with a reason; its round is no longer locked either.</summary>
    public void Reopen(string user, string? reason, DateTime nowUtc)
    {
        var next = Next(FormatAction.BukaKembali);
        var text = Clean(reason) ?? throw new DomainException("Tuliskan alasan membuka kembali formulir.", "catatan");
        if (text.Length > MaxNote) throw new DomainException($"Alasan paling panjang {MaxNote} karakter.", "catatan");
        PengumpulanData.Unlock();
        Catatan = text;
        Move(FormatAction.BukaKembali, next, user, nowUtc, text);
    }

    private FormatStatus Next(FormatAction action) => FormatChain.Next(Status, action, PengumpulanData.ValidasiKasi, pemdaLevel: IsPemdaLevel);

    private void Move(FormatAction action, FormatStatus next, string user, DateTime nowUtc, string? note)
    {
        Riwayat.Add(new FormatRiwayat
        {
            FormatDataKinerjaId = Id, Aksi = action, DariStatus = Status, KeStatus = next, UserName = user, AtUtc = nowUtc,
            Catatan = note is { Length: > MaxNote } ? note[..MaxNote] : note,
        });
        Status = next;
    }

    private string? CodeOf(RowKey key) => key.Kind == RowKind.Indikator
        ? Indikator.FirstOrDefault(x => x.Id == key.Id)?.Indikator?.Kode ?? (Indikator.Any(x => x.Id == key.Id) ? key.ToString() : null)
        : Anggaran.FirstOrDefault(x => x.Id == key.Id)?.ProgramKegiatan?.Kode ?? (Anggaran.Any(x => x.Id == key.Id) ? key.ToString() : null);

    private void ClearRowNotes()
    {
        foreach (var i in Indikator) i.Note(null);
        foreach (var a in Anggaran) a.Note(null);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Dictionary<string, string[]> ByField(IEnumerable<CheckIssue> issues) =>
        issues.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
