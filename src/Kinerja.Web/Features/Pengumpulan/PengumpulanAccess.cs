using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>Rounds under the access scope: a round is read by whoever reads its OPD. Not readable → 404.</summary>
public static class PengumpulanAccess
{
    /// <summary>The round with its OPD; 404 unless the user reads it.</summary>
    public static async Task<PengumpulanData> LoadAsync(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var round = await db.PengumpulanData.Include(r => r.PerangkatDaerah).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || !CanRead(round, scope)) throw new NotFoundException("Pengumpulan data tidak ditemukan.");
        return round;
    }

    public static bool CanRead(PengumpulanData round, AccessScope scope) => round.PerangkatDaerah is { } opd
        ? scope.CanReadOpd(opd)
        // The Pemda-wide round: the planning agency and the Pemda read it, and each OPD's planning section and Kepala take part.
        : scope.ReadsWholePemda(round.PemdaId)
          || scope.Jabatan.Any(j => j.PemdaId == round.PemdaId && j.OpdId is int o
                                    && (scope.IsPlanningOf(o, round.PemdaId) || scope.HoldsRoleInOpd(Domain.Organisasi.SopRole.Kepala, o)));
}
