using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>The Kepala Bidang (or the Sekretaris for the Sekretariat) approves a submitted form (setujui); the Kasubag verifies next.</summary>
public static class ApproveFormat
{
    public static async Task<FormatDataKinerja> Handle(int id, FormatStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var format = await FormatAccess.LoadForStepAsync(id, FormatAction.Setujui, r.Version, db, scope, clock, ct);
        format.Approve(scope.UserName ?? "?", r.Catatan, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return format;
    }
}
