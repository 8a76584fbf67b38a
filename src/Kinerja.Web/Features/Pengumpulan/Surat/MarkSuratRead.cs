using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>
/// The read receipt: when someone who sits in a recipient unit (its own jabatan there, not an office above it)
/// opens a distributed letter, the unit's receipt records who and when. The first reader of a unit counts.
/// </summary>
public static class MarkSuratRead
{
    /// <summary>Records the receipts the user gives; returns how many units were newly marked read.</summary>
    public static async Task<int> Handle(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var surat = await SuratAccess.LoadAsync(id, db, scope, ct);
        return await RecordAsync(surat, db, scope, clock, ct);
    }

    public static async Task<int> RecordAsync(SuratPengumpulan surat, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        if (surat.Status < SuratStatus.Didistribusikan) return 0;
        var ownUnits = scope.Jabatan.Where(j => j.UnitId is not null).Select(j => j.UnitId!.Value).ToHashSet();
        var marked = 0;
        foreach (var p in surat.Penerima.Where(p => p.DibacaUtc is null && ownUnits.Contains(p.UnitKerjaId)))
        {
            (p.DibacaOleh, p.DibacaUtc) = (scope.UserName, clock.UtcNow);
            marked++;
        }
        if (marked > 0) await db.SaveChangesAsync(ct);
        return marked;
    }
}
