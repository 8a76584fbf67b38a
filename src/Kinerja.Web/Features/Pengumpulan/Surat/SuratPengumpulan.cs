using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>
/// A letter of a collection round (the SK or the Surat Pemberitahuan) on its way through the SOP's
/// chain. The number and date are given when the Kepala signs; the signed document is kept as it was.
/// Each step of the chain is a method below: it asks <see cref="SuratChain"/> whether the step fits the status
/// (a <see cref="SuratStateException"/>, 409, otherwise), refuses a missing reason, and writes the step to
/// <see cref="Riwayat"/>. Who may take a step is checked before, by the use case (<see cref="SuratAccess"/>).
/// </summary>
public class SuratPengumpulan : IVersioned
{
    public int Id { get; set; }
    public int PengumpulanDataId { get; set; }
    public PengumpulanData PengumpulanData { get; set; } = null!;
    /// <summary>Copied from the round: numbering and templates are per OPD.</summary>
    public int PerangkatDaerahId { get; set; }
    public PerangkatDaerah PerangkatDaerah { get; set; } = null!;
    public SuratJenis Jenis { get; set; }
    public SuratStatus Status { get; private set; } = SuratStatus.Draf;
    /// <summary>Changed after drafting only through <see cref="Edit"/>, while the letter is editable.</summary>
    public required string Perihal { get; set; }
    /// <summary>The drafter's text, filled into the template's {{isi}}.</summary>
    public string? Isi { get; set; }
    /// <summary>The last correction comment or refusal reason, shown to whoever corrects next.</summary>
    public string? Catatan { get; private set; }
    public string? Nomor { get; private set; }
    /// <summary>The place in the OPD's sequence of <see cref="NomorTahun"/> and the kind: unique, never reused.</summary>
    public int? NomorUrut { get; private set; }
    public int? NomorTahun { get; private set; }
    public DateOnly? Tanggal { get; private set; }
    public string? DitandatanganiOleh { get; private set; }
    /// <summary>The signed letter as generated at signing, so a later template change does not alter it.</summary>
    public byte[]? DokumenFinal { get; private set; }
    public required string DibuatOleh { get; set; }
    public DateTime DibuatUtc { get; set; }
    public int Version { get; set; }

    public List<SuratRiwayat> Riwayat { get; set; } = [];
    public List<SuratPenerima> Penerima { get; set; } = [];

    public const int MaxNote = 2000;

    /// <summary>Refuses a step that does not fit the status now (taken already, or too early), naming the status.</summary>
    public void EnsureAllows(SuratAction action) => SuratChain.Next(Status, action);

    /// <summary>The subject and text change only while the letter is drafted or corrected; after paraf the text is fixed.</summary>
    public void Edit(string? perihal, string? isi)
    {
        if (!Status.IsEditable())
            throw new SuratStateException($"Surat berstatus \"{Status.Label()}\"; teks tidak dapat diubah lagi. Tolak paraf untuk mengembalikannya ke koreksi.");
        var (p, i) = SuratText.Check(perihal, isi);
        Perihal = p ?? throw new DomainException("Perihal wajib diisi.", "perihal");
        Isi = i;
    }

    /// <summary>SOP step 1 → 2: the drafter hands the draft in for correction.</summary>
    public void Submit(string user, string? nama, DateTime nowUtc, string? note = null) => Take(SuratAction.Ajukan, user, nama, nowUtc, note);

    /// <summary>SOP step 2: the Kasubag Perencanaan has corrected the draft; the comment stays for whoever reads it next.</summary>
    public void Correct(string user, string? nama, DateTime nowUtc, string? note = null)
    {
        Take(SuratAction.Koreksi, user, nama, nowUtc, note);
        Catatan = Clean(note);
    }

    /// <summary>SOP steps 3–4: the paraf of the Kasubag Perencanaan, then of the Sekretaris.</summary>
    public void Paraf(string user, string? nama, DateTime nowUtc, string? note = null) => Take(SuratAction.Paraf, user, nama, nowUtc, note);

    /// <summary>A paraf or the signature is refused with a reason (required): the letter goes back to correction.</summary>
    public void Refuse(string user, string? nama, DateTime nowUtc, string? reason)
    {
        EnsureAllows(SuratAction.Tolak);
        if (Clean(reason) is null) throw new DomainException("Tuliskan alasan penolakan agar penyusun tahu apa yang harus dikoreksi.", "catatan");
        Take(SuratAction.Tolak, user, nama, nowUtc, reason);
        Catatan = Clean(reason);
    }

    /// <summary>SOP step 5: the Kepala signs on <paramref name="tanggal"/>; the number follows with <see cref="Number"/> in the same save.</summary>
    public void Sign(string user, string? nama, DateOnly tanggal, DateTime nowUtc, string? note = null)
    {
        Take(SuratAction.TandaTangan, user, nama, nowUtc, note);
        (Tanggal, DitandatanganiOleh, NomorTahun) = (tanggal, user, tanggal.Year);
    }

    /// <summary>The number taken from the OPD's sequence at signing (taken again when another signature won the number).</summary>
    public void Number(int urut, string nomor)
    {
        if (Status != SuratStatus.Ditandatangani) throw new SuratStateException("Nomor surat diberikan saat surat ditandatangani.");
        (NomorUrut, Nomor) = (urut, nomor);
    }

    /// <summary>The signed letter as rendered with its number: kept as it is, whatever the template becomes later.</summary>
    public void Seal(byte[] dokumen)
    {
        if (Status != SuratStatus.Ditandatangani || Nomor is null) throw new SuratStateException("Hanya surat yang ditandatangani dan bernomor yang disimpan sebagai dokumen final.");
        DokumenFinal = dokumen;
    }

    /// <summary>SOP step 6: the signed letter is duplicated.</summary>
    public void Duplicate(string user, string? nama, DateTime nowUtc, string? note = null) => Take(SuratAction.Gandakan, user, nama, nowUtc, note);

    /// <summary>SOP step 7: the letter reaches every recipient unit's inbox now.</summary>
    public void Distribute(string user, string? nama, DateTime nowUtc, string? note = null)
    {
        Take(SuratAction.Distribusikan, user, nama, nowUtc, note);
        foreach (var p in Penerima) p.DiterimaUtc = nowUtc;
    }

    /// <summary>The end of the chain: the letter is filed.</summary>
    public void Archive(string user, string? nama, DateTime nowUtc, string? note = null) => Take(SuratAction.Arsipkan, user, nama, nowUtc, note);

    private void Take(SuratAction action, string user, string? nama, DateTime nowUtc, string? note)
    {
        var next = SuratChain.Next(Status, action);
        var text = Clean(note);
        if (text is { Length: > MaxNote }) throw new DomainException("Catatan paling panjang 2.000 karakter.", "catatan");
        Riwayat.Add(new SuratRiwayat { Aksi = action, DariStatus = Status, KeStatus = next, UserName = user, NamaLengkap = nama, AtUtc = nowUtc, Catatan = text });
        Status = next;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One step of the chain: who, when, from where to where, and the comment or reason.</summary>
public class SuratRiwayat
{
    public int Id { get; set; }
    public int SuratPengumpulanId { get; set; }
    public SuratAction Aksi { get; set; }
    public SuratStatus DariStatus { get; set; }
    public SuratStatus KeStatus { get; set; }
    public required string UserName { get; set; }
    public string? NamaLengkap { get; set; }
    public DateTime AtUtc { get; set; }
    public string? Catatan { get; set; }
}

/// <summary>A unit that receives the letter (one per unit with a form in the round), with its read receipt.</summary>
public class SuratPenerima
{
    public int Id { get; set; }
    public int SuratPengumpulanId { get; set; }
    public int UnitKerjaId { get; set; }
    public UnitKerja UnitKerja { get; set; } = null!;
    /// <summary>When the letter reached the unit's inbox (distribution).</summary>
    public DateTime? DiterimaUtc { get; set; }
    public string? DibacaOleh { get; set; }
    public DateTime? DibacaUtc { get; set; }
}

/// <summary>The last number given per OPD, year and kind; its version makes two signatures at once take different numbers.</summary>
public class SuratNomorUrut : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public int Tahun { get; set; }
    public SuratJenis Jenis { get; set; }
    public int Terakhir { get; set; }
    public int Version { get; set; }
}

/// <summary>An OPD's own DOCX template for a kind of letter (otherwise the built-in one), and its number pattern.</summary>
public class SuratTemplate : IVersioned
{
    public int Id { get; set; }
    public int PerangkatDaerahId { get; set; }
    public SuratJenis Jenis { get; set; }
    public byte[]? Docx { get; set; }
    public string? NamaFile { get; set; }
    public string? FormatNomor { get; set; }
    public required string DiunggahOleh { get; set; }
    public DateTime DiunggahUtc { get; set; }
    public int Version { get; set; }
}
