using Kinerja.Web.Data;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop;

/// <summary>
/// Who may see and change an OPD's SOPs. Reading follows the OPD (whoever reads the agency reads
/// its SOPs: every pelaksana must know the procedure). Writing is the plan editors' right
/// (Kasubag Perencanaan, Admin OPD, Admin Pemda — <see cref="AccessScope.CanEditPlan"/>): the
/// SOP Pengumpulan Data Kinerja is the planning section's document, the same people who own the
/// Renstra and the targets, so no new right is invented for it.
/// </summary>
public static class SopAccess
{
    public static Task<PerangkatDaerah> ReadableOpdAsync(int opdId, AppDbContext db, AccessScope scope, CancellationToken ct) =>
        PlanAccess.ReadableOpdAsync(opdId, db, scope, ct, "Perangkat daerah tidak ditemukan.");

    public static Task<PerangkatDaerah> WritableOpdAsync(int opdId, AppDbContext db, AccessScope scope, CancellationToken ct) =>
        PlanAccess.WritableOpdAsync(opdId, db, scope, ct, "Perangkat daerah tidak ditemukan.",
            "Hanya Kasubag Perencanaan atau admin yang dapat membuat dan mengubah SOP.");

    public static bool CanWrite(PerangkatDaerah opd, AccessScope scope) => scope.CanEditPlan(opd.Id, opd.PemdaId);

    /// <summary>The SOP, if the user may read it (else 404, as if it did not exist); 403 when <paramref name="write"/> is refused.</summary>
    public static async Task<SopDokumen> DokumenAsync(int id, AppDbContext db, AccessScope scope, bool write, CancellationToken ct)
    {
        var sop = await db.SopDokumen.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("SOP tidak ditemukan.");
        try
        {
            await (write ? WritableOpdAsync(sop.PerangkatDaerahId, db, scope, ct) : ReadableOpdAsync(sop.PerangkatDaerahId, db, scope, ct));
        }
        catch (NotFoundException)
        {
            throw new NotFoundException("SOP tidak ditemukan.");
        }
        return sop;
    }

    /// <summary>One revision of a readable SOP; null <paramref name="revisi"/> is the current one.</summary>
    public static async Task<(SopDokumen Sop, SopRevisi Revisi)> RevisiAsync(int id, int? revisi, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var sop = await DokumenAsync(id, db, scope, write: false, ct);
        var n = revisi ?? sop.RevisiTerakhir;
        var r = await db.SopRevisi.AsNoTracking().FirstOrDefaultAsync(x => x.SopDokumenId == id && x.Revisi == n, ct)
                ?? throw new NotFoundException($"Revisi {n} SOP ini tidak ada.");
        return (sop, r);
    }
}
