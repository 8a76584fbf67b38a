using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>
/// Records that the PK was signed. The paper is signed by both parties; in the system the signing is
/// recorded by the pihak pertama themself (holder of the jabatan today, Plt included) or by a plan
/// editor (Kasubag Perencanaan, admin) who enters it for them. Who recorded it and when is kept.
/// </summary>
public static class SignPk
{
    public static async Task<PerjanjianKinerja> Handle(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var pk = await PkAccess.LoadAsync(id, db, scope, write: false, ct);
        if (!CanSign(pk, scope))
            throw new ForbiddenException("Penandatanganan dicatat oleh pemangku jabatan pihak pertama atau oleh Kasubag Perencanaan/admin.");
        PerjanjianKinerjaRules.EnsureCanSign(pk.Status, pk.Indikator.Count);
        pk.Status = PerjanjianKinerjaStatus.Signed;
        (pk.SignedAtUtc, pk.SignedByUserName) = (clock.UtcNow, scope.UserName);
        await db.SaveChangesAsync(ct);
        return pk;
    }

    public static bool CanSign(PerjanjianKinerja pk, AccessScope scope) =>
        scope.HoldsJabatan(pk.JabatanId) || scope.CanEditPlan(pk.PerangkatDaerahId, pk.PerangkatDaerah.PemdaId);
}
