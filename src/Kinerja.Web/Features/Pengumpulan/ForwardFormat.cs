using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <param name="Version">The form version the validator looked at: a form changed since is refused (409).</param>
/// <param name="Catatan">An optional note, kept in the form's history.</param>
public record FormatStepRequest(int Version, string? Catatan = null);

/// <summary>The Kepala Seksi passes a submitted form on to the Kepala Bidang (teruskan), when the OPD has the Kasi step.</summary>
public static class ForwardFormat
{
    public static async Task<FormatDataKinerja> Handle(int id, FormatStepRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var format = await FormatAccess.LoadForStepAsync(id, FormatAction.Teruskan, r.Version, db, scope, clock, ct);
        format.Forward(scope.UserName ?? "?", r.Catatan, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return format;
    }
}
