using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <param name="Version">The form version the user looked at: a form changed since is refused (409).</param>
/// <param name="Catatan">Why the locked form is opened again (required).</param>
public record ReopenFormatRequest(int Version, string? Catatan = null);

/// <summary>
/// The Kasubag Perencanaan or the Kepala opens a locked form again with a reason (buka kembali): it goes back to the
/// unit as returned, and its round is no longer locked (<see cref="FormatDataKinerja.Reopen"/>).
/// </summary>
public static class ReopenFormat
{
    public static async Task<FormatDataKinerja> Handle(int id, ReopenFormatRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var format = await FormatAccess.LoadForStepAsync(id, FormatAction.BukaKembali, r.Version, db, scope, clock, ct);
        format.Reopen(scope.UserName ?? "?", r.Catatan, clock.UtcNow);
        db.ChangeReason ??= format.Catatan;
        await db.SaveChangesAsync(ct);
        return format;
    }
}
