using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>What the current user may do with a form now: the chain's table, the person, and the window together.</summary>
public static class FormPermissions
{
    public static FormPermissionsDto For(FormatDataKinerja form, AccessScope scope, DateTime nowUtc)
    {
        var isi = EntryMode(form, scope, nowUtc, reason: "(periksa)") is not null && form.Status.IsEditable();
        var onBehalf = isi && EntryMode(form, scope, nowUtc, "(periksa)") == Domain.Pengumpulan.EntryMode.OnBehalf;
        var actions = Enum.GetValues<FormAction>().Where(a => MayTake(form, a, scope, nowUtc)).ToList();
        return new FormPermissionsDto(isi, onBehalf, actions);
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

    public static bool MayTake(FormatDataKinerja form, FormAction action, AccessScope scope, DateTime nowUtc)
    {
        var round = form.PengumpulanData;
        if (!FormChain.Allows(form.Status, action, round.ValidasiKasi, pemdaLevel: form.UnitKerjaId is null)) return false;
        if (action == FormAction.Ajukan) return EntryMode(form, scope, nowUtc, "(periksa)") is not null;
        if (FormChain.IsJudgement(action) && form.DiajukanOleh == scope.UserName) return false;
        var opd = round.PerangkatDaerahId ?? form.SumberOpdId ?? 0;
        return form.UnitKerjaId is int unit
            ? scope.MayAct(form.Status, action, unit, opd)
            // A Pemda-level form is judged by the planning agency (Bappeda), not by the OPD whose recap it carries.
            : FormChain.Actors(form.Status, action).Any(r => FormChain.ActsOverOpd(r) && scope.HoldsRoleInPlanningAgency(r, round.PemdaId));
    }
}
