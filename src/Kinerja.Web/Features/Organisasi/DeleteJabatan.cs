using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

public static class DeleteJabatan
{
    public static async Task Handle(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var jabatan = await scope.JabatanOf(db.Jabatan).FirstOrDefaultAsync(j => j.Id == id, ct)
                      ?? throw new NotFoundException("Jabatan tidak ditemukan.");
        if (!scope.CanManageJabatan(jabatan)) throw new ForbiddenException();
        var today = clock.Today;
        var holders = await db.JabatanAssignments.Where(a => a.JabatanId == id && (a.EndDate == null || a.EndDate >= today))
            .Select(a => a.User.FullName).ToListAsync(ct);
        if (holders.Count > 0)
            throw new DomainException($"Jabatan {jabatan.Nama} masih dijabat oleh {string.Join(", ", holders)}. Akhiri penugasannya lebih dahulu.");
        // Past assignments go with the jabatan; the audit trail keeps their record.
        db.JabatanAssignments.RemoveRange(db.JabatanAssignments.Where(a => a.JabatanId == id));
        db.Jabatan.Remove(jabatan);
        await db.SaveChangesAsync(ct);
    }
}
