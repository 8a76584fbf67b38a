using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Pengumpulan;

/// <summary>
/// The validation chain of the collection SOPs as a table: which action is possible in which status,
/// where it leads, and which SOP role takes it. Submitting, passing on and approving are done by
/// different people; the web layer checks the person, this decides the step.
/// </summary>
public static class FormChain
{
    /// <summary>Where <paramref name="action"/> takes a form in <paramref name="status"/>; a clear error if it cannot.</summary>
    /// <param name="pemdaLevel">A form of the Pemda-wide round: it carries an OPD's recap that already passed the OPD's
    /// own chain, so the OPD's planning section submits it straight to the planning agency's verification.</param>
    public static FormStatus Next(FormStatus status, FormAction action, bool kasiStep, bool pemdaLevel = false) => (action, status) switch
    {
        (FormAction.Ajukan, FormStatus.Isian or FormStatus.Dikembalikan) when pemdaLevel => FormStatus.MenungguVerifikasi,
        (_, FormStatus.MenungguKasi or FormStatus.MenungguKabid) when pemdaLevel => throw new DomainException(
            "Formulir tingkat Pemda tidak melalui Kepala Seksi atau Kepala Bidang; diverifikasi langsung oleh Bappeda.", "aksi"),
        (FormAction.Ajukan, FormStatus.Isian or FormStatus.Dikembalikan) => kasiStep ? FormStatus.MenungguKasi : FormStatus.MenungguKabid,
        (FormAction.Teruskan, FormStatus.MenungguKasi) => FormStatus.MenungguKabid,
        (FormAction.Setujui, FormStatus.MenungguKabid) => FormStatus.MenungguVerifikasi,
        (FormAction.Kembalikan, FormStatus.MenungguKasi or FormStatus.MenungguKabid or FormStatus.MenungguVerifikasi) => FormStatus.Dikembalikan,
        (FormAction.Verifikasi, FormStatus.MenungguVerifikasi) => FormStatus.Terkunci,
        (FormAction.BukaKembali, FormStatus.Terkunci) => FormStatus.Dikembalikan,
        _ => throw new DomainException(Refusal(status, action), "aksi"),
    };

    public static bool Allows(FormStatus status, FormAction action, bool kasiStep, bool pemdaLevel = false)
    {
        try { Next(status, action, kasiStep, pemdaLevel); return true; }
        catch (DomainException) { return false; }
    }

    /// <summary>
    /// The roles that may take the action on a form in this status. Over the form's unit for the
    /// unit-side roles (its own staff, Kepala Seksi, Kepala Bidang / Sekretaris above it); in the OPD
    /// for the planning section and the Kepala.
    /// </summary>
    public static IReadOnlyList<SopRole> Actors(FormStatus status, FormAction action) => (action, status) switch
    {
        (FormAction.Ajukan, _) => [SopRole.Pelaksana, SopRole.KepalaSeksi, SopRole.KepalaBidang],
        (FormAction.Teruskan, _) => [SopRole.KepalaSeksi],
        (FormAction.Setujui, _) => [SopRole.KepalaBidang, SopRole.Sekretaris],
        (FormAction.Kembalikan, FormStatus.MenungguKasi) => [SopRole.KepalaSeksi],
        (FormAction.Kembalikan, FormStatus.MenungguKabid) => [SopRole.KepalaBidang, SopRole.Sekretaris],
        (FormAction.Kembalikan, _) => [SopRole.KasubagPerencanaan],
        (FormAction.Verifikasi, _) => [SopRole.KasubagPerencanaan],
        (FormAction.BukaKembali, _) => [SopRole.KasubagPerencanaan, SopRole.Kepala],
        _ => [],
    };

    /// <summary>Roles that act over the whole OPD rather than over the form's unit subtree.</summary>
    public static bool ActsOverOpd(SopRole role) => role is SopRole.KasubagPerencanaan or SopRole.Kepala;

    /// <summary>Whether the action needs a written note (returning, reopening).</summary>
    public static bool NeedsNote(FormAction action) => action is FormAction.Kembalikan or FormAction.BukaKembali;

    /// <summary>Actions that judge someone's submission, which its submitter may not take.</summary>
    public static bool IsJudgement(FormAction action) =>
        action is FormAction.Teruskan or FormAction.Setujui or FormAction.Verifikasi or FormAction.Kembalikan;

    private static string Refusal(FormStatus status, FormAction action) => status switch
    {
        FormStatus.Terkunci => "Formulir sudah terkunci; buka kembali dengan alasan untuk mengubahnya.",
        FormStatus.Isian or FormStatus.Dikembalikan => "Formulir masih diisi unit dan belum diajukan.",
        _ when action == FormAction.Ajukan => "Formulir sudah diajukan dan sedang divalidasi.",
        _ when action == FormAction.BukaKembali => "Hanya formulir yang terkunci yang dapat dibuka kembali.",
        _ => $"Formulir berstatus \"{status.Label()}\"; langkah \"{action.Label()}\" tidak dapat dilakukan sekarang.",
    };
}
