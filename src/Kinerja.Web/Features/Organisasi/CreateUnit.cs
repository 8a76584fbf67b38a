using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

public record CreateUnitRequest(int PerangkatDaerahId, int? ParentId, string? Kode, string? Nama, UnitKind Jenis);

public static class CreateUnit
{
    public static async Task<UnitKerja> Handle(CreateUnitRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var opd = await db.PerangkatDaerah.FirstOrDefaultAsync(o => o.Id == r.PerangkatDaerahId, ct);
        if (opd is null || !scope.CanReadOpd(opd)) throw new NotFoundException("Perangkat daerah tidak ditemukan.");
        if (!scope.CanManageOpd(opd.Id, opd.PemdaId)) throw new ForbiddenException();

        UnitKerja? parent = null;
        if (r.ParentId is int parentId)
        {
            parent = await db.UnitKerja.FirstOrDefaultAsync(u => u.Id == parentId && u.PerangkatDaerahId == opd.Id, ct)
                     ?? throw new DomainException("Unit induk tidak ditemukan di perangkat daerah ini.", "ParentId");
        }
        var kode = Input.Code(r.Kode, "Kode", "Kode unit");
        var nama = Input.Required(r.Nama, "Nama", "Nama unit", 300);
        if (!Enum.IsDefined(r.Jenis)) throw new DomainException("Jenis unit tidak dikenal.", "Jenis");
        if (await db.UnitKerja.AnyAsync(u => u.PerangkatDaerahId == opd.Id && u.Kode == kode, ct))
            throw new DomainException($"Kode unit {kode} sudah dipakai di perangkat daerah ini.", "Kode");

        var unit = new UnitKerja { PerangkatDaerahId = opd.Id, ParentId = parent?.Id, Kode = kode, Nama = nama, Jenis = r.Jenis };
        // The path needs the new id, hence two saves in one transaction.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.UnitKerja.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = parent is null ? UnitPath.Root(unit.Id) : UnitPath.Child(parent.Path, unit.Id);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return unit;
    }
}
