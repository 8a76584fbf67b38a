using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>
/// PK perubahan: a signed PK is never edited. Its revision is a new draft (Revisi + 1, PreviousId =
/// the old one) with copies of its rows and Rencana Aksi; the old one becomes Superseded and stays
/// readable as history. Draft PKs below that supported the old rows now support the copies; signed
/// ones keep pointing at the version they were signed against.
/// </summary>
public static class RevisePk
{
    public static async Task<PerjanjianKinerja> Handle(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var old = await PkAccess.LoadAsync(id, db, scope, write: true, ct);
        PerjanjianKinerjaRules.EnsureCanRevise(old.Status);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pk = new PerjanjianKinerja
        {
            PerangkatDaerahId = old.PerangkatDaerahId, Tahun = old.Tahun, JabatanId = old.JabatanId, AtasanJabatanId = old.AtasanJabatanId,
            Revisi = old.Revisi + 1, PreviousId = old.Id,
        };
        foreach (var r in old.Indikator)
        {
            var ra = r.RencanaAksi;
            pk.Indikator.Add(new PerjanjianKinerjaIndikator
            {
                IndikatorId = r.IndikatorId, Target = r.Target, SupportsId = r.SupportsId,
                RencanaAksi = ra is null ? null : new RencanaAksi
                {
                    TargetTw1 = ra.TargetTw1, TargetTw2 = ra.TargetTw2, TargetTw3 = ra.TargetTw3, TargetTw4 = ra.TargetTw4,
                    Aksi = ra.Aksi, Anggaran = ra.Anggaran, PenanggungJawab = ra.PenanggungJawab, MismatchConfirmed = ra.MismatchConfirmed,
                },
            });
        }
        old.Status = PerjanjianKinerjaStatus.Superseded;
        db.PerjanjianKinerja.Add(pk);
        await db.SaveChangesAsync(ct);

        var copies = pk.Indikator.ToDictionary(r => old.Indikator.Single(o => o.IndikatorId == r.IndikatorId).Id, r => r.Id);
        var oldIds = copies.Keys.ToList();
        var lower = await db.PerjanjianKinerjaIndikator
            .Where(x => x.SupportsId != null && oldIds.Contains(x.SupportsId.Value) && x.PerjanjianKinerja.Status == PerjanjianKinerjaStatus.Draft)
            .ToListAsync(ct);
        foreach (var x in lower) x.SupportsId = copies[x.SupportsId!.Value];
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return pk;
    }
}
