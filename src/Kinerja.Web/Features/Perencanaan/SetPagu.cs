using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

public record SetPaguRequest(long Jumlah);

/// <summary>
/// Sets a node's pagu for a year. Both directions are checked: the node's siblings together may not
/// exceed the parent, and the node may not drop below what its own children already hold.
/// </summary>
public static class SetPagu
{
    public static async Task<Pagu> Handle(int id, int tahun, SetPaguRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var node = await db.ProgramKegiatan.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Program/kegiatan tidak ditemukan.");
        await PlanAccess.WritableOpdAsync(node.PerangkatDaerahId, db, scope, ct);
        if (tahun is < 2000 or > 2100) throw new Kinerja.Domain.DomainException("Tahun tidak valid.", "Tahun");
        PaguCheck.EnsureValid(r.Jumlah);

        if (node.ParentId is int parentId)
        {
            var parent = await db.ProgramKegiatan.SingleAsync(p => p.Id == parentId, ct);
            var parentPagu = await db.Pagu.Where(p => p.ProgramKegiatanId == parentId && p.Tahun == tahun).Select(p => (long?)p.Jumlah).FirstOrDefaultAsync(ct);
            var siblings = await db.Pagu.Where(p => p.Tahun == tahun && p.ProgramKegiatanId != id
                && db.ProgramKegiatan.Any(k => k.Id == p.ProgramKegiatanId && k.ParentId == parentId)).SumAsync(p => p.Jumlah, ct);
            PaguCheck.EnsureChildrenFit(parentPagu, PaguCheck.Total("Jumlah", siblings, r.Jumlah), $"{KodeProgram.Label(parent.Level)} {parent.Kode}", tahun);
        }
        var children = await db.Pagu.Where(p => p.Tahun == tahun && db.ProgramKegiatan.Any(k => k.Id == p.ProgramKegiatanId && k.ParentId == id))
            .SumAsync(p => p.Jumlah, ct);
        PaguCheck.EnsureChildrenFit(r.Jumlah, children, $"{KodeProgram.Label(node.Level)} {node.Kode}", tahun);

        var pagu = await db.Pagu.FirstOrDefaultAsync(p => p.ProgramKegiatanId == id && p.Tahun == tahun, ct);
        if (pagu is null) db.Pagu.Add(pagu = new Pagu { ProgramKegiatanId = id, Tahun = tahun });
        pagu.Jumlah = r.Jumlah;
        await db.SaveChangesAsync(ct);
        return pagu;
    }
}
