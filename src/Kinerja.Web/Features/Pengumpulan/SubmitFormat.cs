using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan;

/// <param name="Version">The form version the submitter looked at (a form changed since → 409).</param>
/// <param name="Konfirmasi">The unit has read the warnings and submits anyway.</param>
/// <param name="Alasan">After the deadline, by the planning section on the unit's behalf: why.</param>
public record SubmitFormatRequest(int Version, bool Konfirmasi = false, string? Alasan = null);

/// <summary>
/// The unit submits its form (ajukan), or the planning section does on its behalf: the pre-submit checks run on
/// the stored form (errors refuse, warnings need the confirmation), then <see cref="FormatDataKinerja.Submit"/>
/// sends it to the Kepala Seksi or Kepala Bidang (a Pemda-level form straight to verification).
/// </summary>
public static class SubmitFormat
{
    public static async Task<FormatDataKinerja> Handle(int id, SubmitFormatRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var format = await FormatAccess.LoadAsync(id, db, scope, ct);
        db.Entry(format).Property(f => f.Version).OriginalValue = r.Version;
        format.EnsureAllows(FormatAction.Ajukan);
        var mode = FormatPermissions.EnsureMaySubmit(format, scope, clock.UtcNow, r.Alasan);
        var issues = GetFormat.Check(format, await FormatYear.LoadAsync(format, db, ct));
        format.Submit(scope.UserName ?? "?", issues, r.Konfirmasi, mode, clock.UtcNow);
        if (mode == EntryMode.OnBehalf) db.ChangeReason = SaveFormat.Reason(mode, r.Alasan);
        await db.SaveChangesAsync(ct);
        return format;
    }
}
