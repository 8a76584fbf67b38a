using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Pengumpulan;

/// <summary>
/// The validation chain of the collection SOPs as a table: which action is possible in which status,
/// where it leads, and which SOP role takes it. Submitting, passing on and approving are done by
/// different people; the web layer checks the person, this decides the step.
/// </summary>
public static class FormatChain
{
    /// <summary>Where <paramref name="action"/> takes a form in <paramref name="status"/>; a clear error if it cannot.</summary>
    /// <param name="pemdaLevel">A form of the Pemda-wide round: it carries an OPD's recap that already passed the OPD's
    /// own chain, so the OPD's planning section submits it straight to the planning agency's verification.</param>
    public static FormatStatus Next(FormatStatus status, FormatAction action, bool kasiStep, bool pemdaLevel = false) => (action, status) switch
    {
        (FormatAction.Ajukan, FormatStatus.Isian or FormatStatus.Dikembalikan) when pemdaLevel => FormatStatus.MenungguVerifikasi,
        (_, FormatStatus.MenungguKasi or FormatStatus.MenungguKabid) when pemdaLevel => throw new DomainException(
            "Formulir tingkat Pemda tidak melalui Kepala Seksi atau Kepala Bidang; diverifikasi langsung oleh Bappeda.", "aksi"),
        (FormatAction.Ajukan, FormatStatus.Isian or FormatStatus.Dikembalikan) => kasiStep ? FormatStatus.MenungguKasi : FormatStatus.MenungguKabid,
        (FormatAction.Teruskan, FormatStatus.MenungguKasi) => FormatStatus.MenungguKabid,
        (FormatAction.Setujui, FormatStatus.MenungguKabid) => FormatStatus.MenungguVerifikasi,
        (FormatAction.Kembalikan, FormatStatus.MenungguKasi or FormatStatus.MenungguKabid or FormatStatus.MenungguVerifikasi) => FormatStatus.Dikembalikan,
        (FormatAction.Verifikasi, FormatStatus.MenungguVerifikasi) => FormatStatus.Terkunci,
        (FormatAction.BukaKembali, FormatStatus.Terkunci) => FormatStatus.Dikembalikan,
        _ => throw new DomainException(Refusal(status, action), "aksi"),
    };

    public static bool Allows(FormatStatus status, FormatAction action, bool kasiStep, bool pemdaLevel = false)
    {
        try { Next(status, action, kasiStep, pemdaLevel); return true; }
        catch (DomainException) { return false; }
    }

    /// <summary>
    /// The roles that may take the action on a form in this status. Over the form's unit for the
    /// unit-side roles (its own staff, Kepala Seksi, Kepala Bidang / Sekretaris above it); in the OPD
    /// for the planning section and the Kepala.
    /// </summary>
    public static IReadOnlyList<SopRole> Actors(FormatStatus status, FormatAction action) => (action, status) switch
    {
        (FormatAction.Ajukan, _) => [SopRole.Pelaksana, SopRole.KepalaSeksi, SopRole.KepalaBidang],
        (FormatAction.Teruskan, _) => [SopRole.KepalaSeksi],
        (FormatAction.Setujui, _) => [SopRole.KepalaBidang, SopRole.Sekretaris],
        (FormatAction.Kembalikan, FormatStatus.MenungguKasi) => [SopRole.KepalaSeksi],
        (FormatAction.Kembalikan, FormatStatus.MenungguKabid) => [SopRole.KepalaBidang, SopRole.Sekretaris],
        (FormatAction.Kembalikan, _) => [SopRole.KasubagPerencanaan],
        (FormatAction.Verifikasi, _) => [SopRole.KasubagPerencanaan],
        (FormatAction.BukaKembali, _) => [SopRole.KasubagPerencanaan, SopRole.Kepala],
        _ => [],
    };

    /// <summary>Roles that act over the whole OPD rather than over the form's unit subtree.</summary>
    public static bool ActsOverOpd(SopRole role) => role is SopRole.KasubagPerencanaan or SopRole.Kepala;

    /// <summary>Whether the action needs a written note (returning, reopening).</summary>
    public static bool NeedsNote(FormatAction action) => action is FormatAction.Kembalikan or FormatAction.BukaKembali;

    /// <summary>Actions that judge someone's submission, which its submitter may not take.</summary>
    public static bool IsJudgement(FormatAction action) =>
        action is FormatAction.Teruskan or FormatAction.Setujui or FormatAction.Verifikasi or FormatAction.Kembalikan;

    private static string Refusal(FormatStatus status, FormatAction action) => status switch
    {
        FormatStatus.Terkunci => "Formulir sudah terkunci; buka kembali dengan alasan untuk mengubahnya.",
        FormatStatus.Isian or FormatStatus.Dikembalikan => "Formulir masih diisi unit dan belum diajukan.",
        _ when action == FormatAction.Ajukan => "Formulir sudah diajukan dan sedang divalidasi.",
        _ when action == FormatAction.BukaKembali => "Hanya formulir yang terkunci yang dapat dibuka kembali.",
        _ => $"Formulir berstatus \"{status.Label()}\"; langkah \"{action.Label()}\" tidak dapat dilakukan sekarang.",
    };
}
