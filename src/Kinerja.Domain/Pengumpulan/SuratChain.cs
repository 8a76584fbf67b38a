using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Pengumpulan;

/// <summary>The step asked for does not fit the letter's status now (taken already, or too early): a conflict, not bad input.</summary>
public class SuratStateException(string message) : DomainException(message, "aksi");

/// <summary>
/// The letters' chain of the PUPRPERKIM SOP (steps 1–7) as a table: draft → correction → paraf of the
/// Kasubag Perencanaan → paraf of the Sekretaris → signature of the Kepala (which numbers it) →
/// duplicated → distributed → archived. A refused paraf or signature goes back to correction with a reason.
/// This decides the step and the roles; the web layer checks that the person holds the role in the OPD.
/// </summary>
public static class SuratChain
{
    /// <summary>Where the action takes a letter in this status; a clear error if it cannot.</summary>
    public static SuratStatus Next(SuratStatus status, SuratAction action) => (action, status) switch
    {
        (SuratAction.Ajukan, SuratStatus.Draf) => SuratStatus.Koreksi,
        (SuratAction.Koreksi, SuratStatus.Koreksi) => SuratStatus.MenungguParafKasubag,
        (SuratAction.Paraf, SuratStatus.MenungguParafKasubag) => SuratStatus.MenungguParafSekretaris,
        (SuratAction.Paraf, SuratStatus.MenungguParafSekretaris) => SuratStatus.MenungguTandaTangan,
        (SuratAction.Tolak, SuratStatus.MenungguParafKasubag or SuratStatus.MenungguParafSekretaris or SuratStatus.MenungguTandaTangan) => SuratStatus.Koreksi,
        (SuratAction.TandaTangan, SuratStatus.MenungguTandaTangan) => SuratStatus.Ditandatangani,
        (SuratAction.Gandakan, SuratStatus.Ditandatangani) => SuratStatus.Digandakan,
        (SuratAction.Distribusikan, SuratStatus.Digandakan) => SuratStatus.Didistribusikan,
        (SuratAction.Arsipkan, SuratStatus.Didistribusikan) => SuratStatus.Diarsipkan,
        _ => throw new SuratStateException(Refusal(status, action)),
    };

    public static bool Allows(SuratStatus status, SuratAction action)
    {
        try { Next(status, action); return true; }
        catch (SuratStateException) { return false; }
    }

    /// <summary>
    /// The SOP roles (of the letter's OPD) that take the action in this status. Drafting, duplicating,
    /// distributing and archiving are clerical work of the planning section (its staff, the Kasubag, or an
    /// admin); correcting, paraf and signature belong to one office each and are never done by an admin.
    /// </summary>
    public static IReadOnlyList<SopRole> Actors(SuratStatus status, SuratAction action) => (action, status) switch
    {
        (SuratAction.Ajukan or SuratAction.Gandakan or SuratAction.Distribusikan or SuratAction.Arsipkan, _) => Clerical,
        (SuratAction.Koreksi, _) => [SopRole.KasubagPerencanaan],
        (SuratAction.Paraf or SuratAction.Tolak, SuratStatus.MenungguParafKasubag) => [SopRole.KasubagPerencanaan],
        (SuratAction.Paraf or SuratAction.Tolak, SuratStatus.MenungguParafSekretaris) => [SopRole.Sekretaris],
        (SuratAction.Tolak or SuratAction.TandaTangan, SuratStatus.MenungguTandaTangan) => [SopRole.Kepala],
        _ => [],
    };

    /// <summary>Who writes drafts and may change the text while it is editable.</summary>
    public static readonly IReadOnlyList<SopRole> Clerical =
        [SopRole.Pelaksana, SopRole.KasubagPerencanaan, SopRole.AdminOpd, SopRole.AdminPemda];

    /// <summary>A refusal must say why, so the drafter knows what to correct.</summary>
    public static bool NeedsNote(SuratAction action) => action == SuratAction.Tolak;

    /// <summary>
    /// Whether <paramref name="user"/> has already initialled in the current pass, i.e. since the letter
    /// last went (back) to correction. Nobody initials twice in one pass, even holding two offices (Plt).
    /// </summary>
    public static bool ParafedInPass(IEnumerable<(SuratAction Aksi, string UserName)> historyOldestFirst, string user)
    {
        var parafed = false;
        foreach (var (aksi, who) in historyOldestFirst)
        {
            if (aksi is SuratAction.Tolak or SuratAction.Koreksi) parafed = false;
            else if (aksi == SuratAction.Paraf && string.Equals(who, user, StringComparison.OrdinalIgnoreCase)) parafed = true;
        }
        return parafed;
    }

    /// <summary>The actions that wait for someone in this status (for the inbox and the buttons).</summary>
    public static IEnumerable<SuratAction> Possible(SuratStatus status) => Enum.GetValues<SuratAction>().Where(a => Allows(status, a));

    private static string Refusal(SuratStatus status, SuratAction action) => status switch
    {
        SuratStatus.Diarsipkan => "Surat sudah diarsipkan; tidak ada langkah lagi.",
        _ when action == SuratAction.Paraf && status > SuratStatus.MenungguParafSekretaris => "Surat sudah diparaf; paraf tidak dapat diberikan lagi.",
        _ when action == SuratAction.TandaTangan && status > SuratStatus.MenungguTandaTangan => "Surat sudah ditandatangani.",
        _ when action == SuratAction.Tolak => "Penolakan hanya dapat dilakukan saat surat menunggu paraf atau tanda tangan.",
        _ => $"Surat berstatus \"{status.Label()}\"; langkah \"{action.Verb()}\" tidak dapat dilakukan sekarang.",
    };
}
