using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <param name="Version">The letter version the actor looked at: a letter changed since is refused (409).</param>
/// <param name="Catatan">Correction comments, or the reason of a refusal (required then); kept in the history.</param>
public record SuratStepRequest(int Version, string? Catatan = null);

/// <summary>The letter ready for one step, and who takes it (user name and full name, for the history).</summary>
public record SuratStepContext(SuratPengumpulan Surat, string UserName, string? NamaLengkap);

/// <summary>
/// What every step of the letters' chain checks before the letter's own method runs, in this order: readable (404),
/// the version the user saw (409), the step fitting the status (409, <see cref="SuratStateException"/>), the SOP
/// role in the letter's OPD (403), and nobody initialling twice in one pass (403).
/// </summary>
public static class SuratStep
{
    public static async Task<SuratStepContext> BeginAsync(int id, SuratAction action, int version, AppDbContext db, AccessScope scope,
        CancellationToken ct)
    {
        var surat = await SuratAccess.LoadAsync(id, db, scope, ct);
        var actors = await SuratAccess.ActorsAsync(surat.PerangkatDaerahId, surat.PengumpulanData.PemdaId, db, scope, ct);
        // An old view first: whatever was seen has changed since (409), before judging the step or the person.
        if (surat.Version != version) throw new DbUpdateConcurrencyException("stale");
        surat.EnsureAllows(action);
        var roles = SuratChain.Actors(surat.Status, action);
        if (!actors.HoldsAny(roles))
            throw new ForbiddenException($"Langkah \"{action.Verb()}\" pada surat berstatus \"{surat.Status.Label()}\" dilakukan oleh "
                + $"{string.Join(" / ", roles.Select(SopRoles.Label))} perangkat daerah ini; Anda tidak memegang jabatan tersebut.");
        if (action == SuratAction.Paraf && !actors.MayTake(surat, action, scope.UserName))
            throw new ForbiddenException("Anda sudah memberi paraf pada surat ini di putaran yang sama; paraf berikutnya diberikan oleh pejabat lain.");
        db.Entry(surat).Property(s => s.Version).OriginalValue = version;
        var nama = await db.Users.Where(u => u.UserName == scope.UserName).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        return new SuratStepContext(surat, scope.UserName ?? "?", nama);
    }

    /// <summary>Saves the step; the note is the audit's reason.</summary>
    public static async Task<SuratPengumpulan> SaveAsync(SuratStepContext step, string? note, AppDbContext db, CancellationToken ct)
    {
        db.ChangeReason = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(ct);
        return step.Surat;
    }
}
