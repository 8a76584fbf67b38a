using Kinerja.Web.Data;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <param name="Version">The round version the planner looked at (a round changed since → 409).</param>
public record LockPengumpulanRequest(int Version);

/// <summary>
/// Closes a round once every form is verified (kunci): <see cref="PengumpulanData.Lock"/>. The quarter's data set is
/// final and the recap and reports may be built from it. Reopening a form later reopens the round too.
/// </summary>
public static class LockPengumpulan
{
    public static async Task<PengumpulanData> Handle(int id, LockPengumpulanRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var round = await PengumpulanAccess.LoadAsync(id, db, scope, ct);
        if (round.PerangkatDaerahId is int opd) await PlanAccess.WritableOpdAsync(opd, db, scope, ct, forbidden: "Hanya Kasubag Perencanaan yang mengunci pengumpulan data.");
        else if (!scope.ReadsWholePemda(round.PemdaId) || !scope.Jabatan.Any(j => j.PemdaId == round.PemdaId && j.OpdId is int o && scope.IsPlanningOf(o, round.PemdaId)))
            throw new ForbiddenException("Hanya perencanaan Pemda yang mengunci pengumpulan data tingkat Pemda.");
        db.Entry(round).Property(x => x.Version).OriginalValue = r.Version;
        await db.Entry(round).Collection(x => x.FormatDataKinerja).Query().Include(f => f.UnitKerja).Include(f => f.SumberOpd).LoadAsync(ct);
        round.Lock(clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return round;
    }
}
