using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

public record ParafDisposisiRequest(int Version, JenisParaf Jenis = JenisParaf.Paraf);

/// <summary>The recipient initials (paraf) or signs the disposisi: an approval by the signed-in recipient, stamped with the time.</summary>
public static class ParafDisposisi
{
    public static async Task<Disposisi> Handle(int instanceId, int disposisiId, ParafDisposisiRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var instance = await PelaksanaanAccess.InstanceAsync(instanceId, db, scope, ct);
        var d = instance.Disposisi.FirstOrDefault(x => x.Id == disposisiId) ?? throw new NotFoundException("Disposisi tidak ditemukan.");
        if (d.KepadaUserId != scope.UserId)
            throw new ForbiddenException($"Paraf ditolak: disposisi ini hanya dapat diparaf oleh penerimanya, {d.KepadaNama} ({d.KepadaJabatan}).");
        if (d.ParafUtc is not null) throw new DomainException($"Disposisi ini sudah diparaf pada {clock.ToLocal(d.ParafUtc.Value):dd-MM-yyyy HH\\:mm}.", "paraf");
        if (!Enum.IsDefined(r.Jenis)) throw new DomainException("Jenis pengesahan harus Paraf atau TandaTangan.", "jenis");

        PelaksanaanAccess.Expect(db, d, r.Version);
        d.JenisParaf = r.Jenis;
        d.ParafOleh = scope.UserName;
        d.ParafUtc = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return d;
    }
}
