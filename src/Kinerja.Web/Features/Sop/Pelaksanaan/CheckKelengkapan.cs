using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

public record CheckKelengkapanRequest(bool Ada, int Version, string? DokumenNama = null, string? Tautan = null);

/// <summary>The pelaksana of the active step ticks one item of its kelengkapan, linking the actual document where there is one.</summary>
public static class CheckKelengkapan
{
    public static async Task Handle(int instanceId, int stepId, int itemId, CheckKelengkapanRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var instance = await PelaksanaanAccess.InstanceAsync(instanceId, db, scope, ct);
        var step = PelaksanaanAccess.Step(instance, stepId);
        var item = step.Kelengkapan.FirstOrDefault(k => k.Id == itemId) ?? throw new NotFoundException("Butir kelengkapan tidak ditemukan.");
        var def = await PelaksanaanAccess.DefinitionAsync(instance, db, ct);
        PelaksanaanAccess.EnsureWorks(scope, instance, def, step);

        PelaksanaanAccess.Expect(db, item, r.Version);
        item.Ada = r.Ada;
        item.DokumenNama = Input.Optional(r.DokumenNama, "dokumenNama", "Nama dokumen", 300);
        item.Tautan = Links.Check(r.Tautan, "tautan");
        item.DicentangOleh = r.Ada ? scope.UserName : null;
        item.DicentangUtc = r.Ada ? clock.UtcNow : null;
        await db.SaveChangesAsync(ct);
    }
}
