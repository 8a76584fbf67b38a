using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

public static class DeleteUnit
{
    public static async Task Handle(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var unit = await db.UnitKerja.Include(u => u.PerangkatDaerah).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null || !scope.CanReadUnit(unit, unit.PerangkatDaerah.PemdaId)) throw new NotFoundException("Unit kerja tidak ditemukan.");
        if (!scope.CanManageOpd(unit.PerangkatDaerahId, unit.PerangkatDaerah.PemdaId)) throw new ForbiddenException();

        var children = await db.UnitKerja.CountAsync(u => u.ParentId == id, ct);
        if (children > 0)
            throw new DomainException($"Unit {unit.Nama} masih memiliki {children} unit di bawahnya. Pindahkan atau hapus unit tersebut lebih dahulu.");
        var jabatan = await db.Jabatan.Where(j => j.UnitKerjaId == id).Select(j => j.Nama).ToListAsync(ct);
        if (jabatan.Count > 0)
            throw new DomainException($"Unit {unit.Nama} masih memiliki jabatan ({string.Join(", ", jabatan)}) beserta pemangkunya. Pindahkan atau hapus jabatan tersebut lebih dahulu.");

        db.UnitKerja.Remove(unit);
        await db.SaveChangesAsync(ct);
    }
}
