using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>
/// Every plan row belongs to one OPD; these find that OPD and apply the access scope: not readable →
/// 404, readable but not writable → 403.
/// </summary>
public static class PlanAccess
{
    public static async Task<PerangkatDaerah> ReadableOpdAsync(int opdId, AppDbContext db, AccessScope scope, CancellationToken ct,
        string notFound = "Data perencanaan tidak ditemukan.")
    {
        var opd = await db.PerangkatDaerah.FirstOrDefaultAsync(o => o.Id == opdId, ct);
        if (opd is null || !scope.CanReadOpd(opd)) throw new NotFoundException(notFound);
        return opd;
    }

    /// <summary>The OPD, if the user writes its plan documents (Renstra, targets, PK, SOP…).</summary>
    public static async Task<PerangkatDaerah> WritableOpdAsync(int opdId, AppDbContext db, AccessScope scope, CancellationToken ct,
        string notFound = "Data perencanaan tidak ditemukan.",
        string forbidden = "Hanya Kasubag Perencanaan atau admin yang dapat mengubah rencana kinerja.")
    {
        var opd = await ReadableOpdAsync(opdId, db, scope, ct, notFound);
        if (!scope.CanEditPlan(opd.Id, opd.PemdaId)) throw new ForbiddenException(forbidden);
        return opd;
    }

    public static async Task<Renstra> RenstraAsync(int id, AppDbContext db, AccessScope scope, bool write, CancellationToken ct)
    {
        var r = await db.Renstra.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Renstra tidak ditemukan.");
        await (write ? WritableOpdAsync(r.PerangkatDaerahId, db, scope, ct) : ReadableOpdAsync(r.PerangkatDaerahId, db, scope, ct));
        return r;
    }

    public static async Task<Tujuan> TujuanAsync(int id, AppDbContext db, AccessScope scope, bool write, CancellationToken ct)
    {
        var t = await db.Tujuan.Include(x => x.Renstra).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Tujuan tidak ditemukan.");
        await (write ? WritableOpdAsync(t.Renstra.PerangkatDaerahId, db, scope, ct) : ReadableOpdAsync(t.Renstra.PerangkatDaerahId, db, scope, ct));
        return t;
    }

    public static async Task<Sasaran> SasaranAsync(int id, AppDbContext db, AccessScope scope, bool write, CancellationToken ct)
    {
        var s = await db.Sasaran.Include(x => x.Tujuan).ThenInclude(t => t.Renstra).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException("Sasaran tidak ditemukan.");
        var opd = s.Tujuan.Renstra.PerangkatDaerahId;
        await (write ? WritableOpdAsync(opd, db, scope, ct) : ReadableOpdAsync(opd, db, scope, ct));
        return s;
    }

    public static async Task<(Indikator Indikator, Renstra Renstra)> IndikatorAsync(int id, AppDbContext db, AccessScope scope, bool write, CancellationToken ct)
    {
        var i = await db.Indikator.Include(x => x.Targets).Include(x => x.Units)
                    .Include(x => x.Sasaran).ThenInclude(s => s!.Tujuan).ThenInclude(t => t.Renstra)
                    .FirstOrDefaultAsync(x => x.Id == id && x.SasaranId != null, ct)
                ?? throw new NotFoundException("Indikator tidak ditemukan.");
        var renstra = i.Sasaran!.Tujuan.Renstra;
        await (write ? WritableOpdAsync(renstra.PerangkatDaerahId, db, scope, ct) : ReadableOpdAsync(renstra.PerangkatDaerahId, db, scope, ct));
        return (i, renstra);
    }
}
