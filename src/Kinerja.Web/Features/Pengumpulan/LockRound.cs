using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>
/// Closes a round once every form is verified: the quarter's data set is final and the recap and
/// reports may be built from it. Reopening a form later reopens the round too.
/// </summary>
public static class LockRound
{
    public static async Task<PengumpulanData> Handle(int id, int version, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var round = await RoundAccess.RoundAsync(id, db, scope, ct);
        if (round.PerangkatDaerahId is int opd) await PlanAccess.WritableOpdAsync(opd, db, scope, ct, forbidden: "Hanya Kasubag Perencanaan yang mengunci pengumpulan data.");
        else if (!scope.ReadsWholePemda(round.PemdaId) || !scope.Jabatan.Any(j => j.PemdaId == round.PemdaId && j.OpdId is int o && scope.IsPlanningOf(o, round.PemdaId)))
            throw new ForbiddenException("Hanya perencanaan Pemda yang mengunci pengumpulan data tingkat Pemda.");
        db.Entry(round).Property(r => r.Version).OriginalValue = version;
        if (round.DikunciUtc is not null) throw new DomainException("Pengumpulan data ini sudah dikunci.");
        var open = await db.FormatDataKinerja.Where(f => f.PengumpulanDataId == id && f.Status != FormStatus.Terkunci)
            .Select(f => f.UnitKerja!.Nama ?? f.SumberOpd!.Nama).ToListAsync(ct);
        if (open.Count > 0)
            throw new DomainException($"Masih ada {open.Count} formulir yang belum diverifikasi: {string.Join(", ", open.Take(5))}{(open.Count > 5 ? ", …" : "")}.");
        round.DikunciUtc = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return round;
    }
}
