using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Sop;

/// <summary><paramref name="Version"/>: the SOP's version the author started from.</summary>
public record ReviseSopRequest(string? Yaml, int Version);

/// <summary>
/// A new revision of an SOP; the earlier ones stay as they were. Based on a stale version (someone
/// else revised it meanwhile) → 409 and nothing saved.
/// </summary>
public static class ReviseSop
{
    public static async Task<SopDokumen> Handle(int id, ReviseSopRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var sop = await SopAccess.DokumenAsync(id, db, scope, write: true, ct);
        db.Entry(sop).Property(x => x.Version).OriginalValue = r.Version;
        var definition = SopYaml.Parse(r.Yaml);

        sop.Nama = definition.Identitas.Nama;
        sop.RevisiTerakhir++;
        db.SopRevisi.Add(new SopRevisi
        {
            SopDokumenId = sop.Id, Revisi = sop.RevisiTerakhir, Yaml = r.Yaml!, CreatedAtUtc = clock.UtcNow,
            CreatedByUserName = scope.UserName ?? "", Nomor = definition.Identitas.Nomor, TanggalEfektif = definition.Identitas.TanggalEfektif,
        });
        await db.SaveChangesAsync(ct);
        return sop;
    }
}
