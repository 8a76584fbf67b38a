using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// What the current user may do with a form now: the chain's table, the person, and the window together.
/// The <c>Ensure…</c> methods are the use cases' refusals (403, or the window's 422); the status itself is
/// refused by the entity (<see cref="FormatDataKinerja.EnsureAllows"/>) before they are asked.
/// </summary>
public static class FormatPermissions
{
    private const string Probe = "(periksa)";

    public static FormatPermissionsDto For(FormatDataKinerja form, AccessScope scope, DateTime nowUtc)
    {
        var isi = EntryMode(form, scope, nowUtc, Probe) is not null && form.Status.IsEditable();
        var onBehalf = isi && EntryMode(form, scope, nowUtc, Probe) == Domain.Pengumpulan.EntryMode.OnBehalf;
        var actions = Enum.GetValues<FormatAction>().Where(a => MayTake(form, a, scope, nowUtc)).ToList();
        return new FormatPermissionsDto(isi, onBehalf, actions);
    }

    /// <summary>How the user would enter data now; null when they may not.</summary>
    public static EntryMode? EntryMode(FormatDataKinerja form, AccessScope scope, DateTime nowUtc, string? reason)
    {
        try { return Decide(form, scope, nowUtc, reason); }
        catch (DomainException) { return null; }
    }

    /// <summary>How the user enters data now, or a clear error why they cannot.</summary>
    public static EntryMode Decide(FormatDataKinerja form, AccessScope scope, DateTime nowUtc, string? reason)
    {
        var round = form.PengumpulanData;
        var planning = round.PerangkatDaerahId is int opd
            ? scope.IsPlanningOf(opd, round.PemdaId)
            : form.SumberOpdId is int src && scope.IsPlanningOf(src, round.PemdaId);
        // A Pemda-level form has no unit: the OPD's planning section is its own filler, not someone entering on its behalf.
        var unitStaff = form.UnitKerjaId is int u ? scope.IsUnitStaff(u) : planning;
        return CollectionWindow.Decide(nowUtc, round.DibukaUtc, round.BatasWaktuUtc, unitStaff, planning, reason);
    }

    /// <summary>The unit's own people, or the planning section of its OPD: those who may ever fill the form.</summary>
    public static bool IsFiller(FormatDataKinerja form, AccessScope scope)
    {
        var round = form.PengumpulanData;
        var opd = round.PerangkatDaerahId ?? form.SumberOpdId;
        return (form.UnitKerjaId is int u && scope.IsUnitStaff(u)) || (opd is int o && scope.IsPlanningOf(o, round.PemdaId));
    }

    /// <summary>
    /// The form accepts values from this user now (saving, evidence, an upload): it is with the unit, the user is one
    /// of its fillers, and the window allows it. Returns how they enter (own unit or on its behalf).
    /// </summary>
    public static EntryMode EnsureMayFill(FormatDataKinerja form, AccessScope scope, Clock clock, string? alasan)
    {
        form.EnsureEditable();
        if (!IsFiller(form, scope)) throw new ForbiddenException("Anda dapat melihat formulir ini tetapi tidak mengisinya.");
        return Decide(form, scope, clock.UtcNow, alasan);
    }

    /// <summary>The submitter is the unit or the planning section on its behalf, inside the window (or with a reason after it).</summary>
    public static EntryMode EnsureMaySubmit(FormatDataKinerja form, AccessScope scope, DateTime nowUtc, string? alasan)
    {
        if (!IsFiller(form, scope))
            throw new ForbiddenException("Formulir diajukan oleh unit yang bersangkutan atau oleh Perencanaan atas namanya.");
        return Decide(form, scope, nowUtc, alasan);
    }

    /// <summary>
    /// A judging step (pass on, approve, return, verify) or a reopening: never by the submitter of the form, and only
    /// by the SOP roles the chain names for the step over the form's unit (or in the OPD for the planning section).
    /// </summary>
    public static void EnsureMayTake(FormatDataKinerja form, FormatAction action, AccessScope scope, DateTime nowUtc)
    {
        if (FormatChain.IsJudgement(action) && form.DiajukanOleh == scope.UserName)
            throw new ForbiddenException("Anda tidak dapat memvalidasi formulir yang Anda ajukan sendiri.");
        if (!MayTake(form, action, scope, nowUtc))
            throw new ForbiddenException($"Langkah \"{action.Label()}\" pada formulir ini dilakukan oleh "
                + $"{string.Join(" / ", FormatChain.Actors(form.Status, action).Select(SopRoles.Label))} unit tersebut.");
    }

    public static bool MayTake(FormatDataKinerja form, FormatAction action, AccessScope scope, DateTime nowUtc)
    {
        var round = form.PengumpulanData;
        if (!form.Allows(action)) return false;
        if (action == FormatAction.Ajukan) return EntryMode(form, scope, nowUtc, Probe) is not null;
        if (FormatChain.IsJudgement(action) && form.DiajukanOleh == scope.UserName) return false;
        var opd = round.PerangkatDaerahId ?? form.SumberOpdId ?? 0;
        return form.UnitKerjaId is int unit
            ? scope.MayAct(form.Status, action, unit, opd)
            // A Pemda-level form is judged by the planning agency (Bappeda), not by the OPD whose recap it carries.
            : FormatChain.Actors(form.Status, action).Any(r => FormatChain.ActsOverOpd(r) && scope.HoldsRoleInPlanningAgency(r, round.PemdaId));
    }
}
