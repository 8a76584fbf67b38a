using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

public static class DeleteIndikator
{
    /// <summary>An indicator already in a Perjanjian Kinerja stays: the agreement refers to it.</summary>
    public static async Task Handle(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var (indikator, _) = await PlanAccess.IndikatorAsync(id, db, scope, write: true, ct);
        if (await db.PerjanjianKinerjaIndikator.AnyAsync(p => p.IndikatorId == id, ct))
            throw new DomainException($"Indikator {indikator.Kode} sudah dipakai dalam Perjanjian Kinerja dan tidak dapat dihapus.");
        db.Indikator.Remove(indikator);
        await db.SaveChangesAsync(ct);
    }
}
