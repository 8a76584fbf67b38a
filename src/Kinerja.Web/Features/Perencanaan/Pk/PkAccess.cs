using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>Loads a PK with its rows under the plan's access rules (not readable → 404, not writable → 403).</summary>
public static class PkAccess
{
    public static async Task<PerjanjianKinerja> LoadAsync(int id, AppDbContext db, AccessScope scope, bool write, CancellationToken ct)
    {
        var pk = await db.PerjanjianKinerja
                     .Include(p => p.Indikator).ThenInclude(r => r.Indikator)
                     .Include(p => p.Indikator).ThenInclude(r => r.RencanaAksi)
                     .AsSplitQuery()
                     .FirstOrDefaultAsync(p => p.Id == id, ct)
                 ?? throw new NotFoundException("Perjanjian Kinerja tidak ditemukan.");
        pk.PerangkatDaerah = await (write ? PlanAccess.WritableOpdAsync(pk.PerangkatDaerahId, db, scope, ct)
            : PlanAccess.ReadableOpdAsync(pk.PerangkatDaerahId, db, scope, ct));
        return pk;
    }

    /// <summary>A PK whose rows (indicators, targets, cascade links) may change: a draft the user may write.</summary>
    public static async Task<PerjanjianKinerja> EditableAsync(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var pk = await LoadAsync(id, db, scope, write: true, ct);
        PerjanjianKinerjaRules.EnsureEditable(pk.Status);
        return pk;
    }
}
