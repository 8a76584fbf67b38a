using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

/// <summary><see cref="Version"/> is the version the user started editing from.</summary>
public record UpdateUnitRequest(int? ParentId, string? Kode, string? Nama, UnitKind Jenis, int Version);

public static class UpdateUnit
{
    public static async Task<UnitKerja> Handle(int id, UpdateUnitRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var unit = await db.UnitKerja.Include(u => u.PerangkatDaerah).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null || !scope.CanReadUnit(unit, unit.PerangkatDaerah.PemdaId)) throw new NotFoundException("Unit kerja tidak ditemukan.");
        if (!scope.CanManageOpd(unit.PerangkatDaerahId, unit.PerangkatDaerah.PemdaId)) throw new ForbiddenException();
        db.Entry(unit).Property(u => u.Version).OriginalValue = r.Version;

        var kode = Input.Code(r.Kode, "Kode", "Kode unit");
        var nama = Input.Required(r.Nama, "Nama", "Nama unit", 300);
        if (!Enum.IsDefined(r.Jenis)) throw new DomainException("Jenis unit tidak dikenal.", "Jenis");
        if (kode != unit.Kode && await db.UnitKerja.AnyAsync(u => u.PerangkatDaerahId == unit.PerangkatDaerahId && u.Kode == kode, ct))
            throw new DomainException($"Kode unit {kode} sudah dipakai di perangkat daerah ini.", "Kode");

        if (r.ParentId != unit.ParentId) await MoveAsync(unit, r.ParentId, db, ct);
        unit.Kode = kode;
        unit.Nama = nama;
        unit.Jenis = r.Jenis;
        await db.SaveChangesAsync(ct);
        return unit;
    }

    private static async Task MoveAsync(UnitKerja unit, int? newParentId, AppDbContext db, CancellationToken ct)
    {
        UnitKerja? parent = null;
        if (newParentId is int pid)
            parent = await db.UnitKerja.FirstOrDefaultAsync(u => u.Id == pid, ct)
                     ?? throw new DomainException("Unit induk tidak ditemukan.", "ParentId");
        UnitPath.EnsureCanMove(unit.Path, unit.PerangkatDaerahId, parent?.Path, parent?.PerangkatDaerahId);

        var oldPath = unit.Path;
        var newPath = parent is null ? UnitPath.Root(unit.Id) : UnitPath.Child(parent.Path, unit.Id);
        var subtree = await db.UnitKerja.Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id).ToListAsync(ct);
        foreach (var d in subtree) d.Path = UnitPath.Rebase(d.Path, oldPath, newPath);
        unit.Path = newPath;
        unit.ParentId = parent?.Id;
    }
}
