using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>The Kasubag Perencanaan verifies an approved form (verifikasi), which locks it: the quarter's data set.</summary>
public static class VerifyFormat
{
    public static async Task<FormatDataKinerja> Handle(int id, FormatStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var format = await FormatAccess.LoadForStepAsync(id, FormatAction.Verifikasi, r.Version, db, scope, clock, ct);
        format.Verify(scope.UserName ?? "?", r.Catatan, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return format;
    }
}
