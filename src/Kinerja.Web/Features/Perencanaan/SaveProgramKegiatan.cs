using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

/// <summary>A programme (no parent), kegiatan (parent: programme) or sub-kegiatan (parent: kegiatan).</summary>
/// <param name="SasaranId">The sasaran a programme serves (programmes only).</param>
/// <param name="UnitKerjaId">The unit that reports a sub-kegiatan's realisasi anggaran (sub-kegiatan only).</param>
public record SaveProgramRequest(int PerangkatDaerahId, ProgramLevel Level, int? ParentId, string? Kode, string? Nama, int? SasaranId, int Version = 0,
    int? UnitKerjaId = null);

public static class SaveProgramKegiatan
{
    public static async Task<ProgramKegiatan> Handle(int? id, SaveProgramRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        ProgramKegiatan? node = null;
        if (id is int existing)
        {
            node = await db.ProgramKegiatan.FirstOrDefaultAsync(p => p.Id == existing, ct) ?? throw new NotFoundException("Program/kegiatan tidak ditemukan.");
            await PlanAccess.WritableOpdAsync(node.PerangkatDaerahId, db, scope, ct);
            db.Entry(node).Property(p => p.Version).OriginalValue = r.Version;
        }
        var opdId = node?.PerangkatDaerahId ?? (await PlanAccess.WritableOpdAsync(r.PerangkatDaerahId, db, scope, ct)).Id;
        var level = node?.Level ?? (Enum.IsDefined(r.Level) ? r.Level : throw new DomainException("Tingkat tidak dikenal.", "Level"));
        var parentId = node is null ? r.ParentId : node.ParentId;

        var kode = KodeProgram.Validate(r.Kode, level);
        var nama = Input.Required(r.Nama, "Nama", $"Nama {KodeProgram.Label(level)}", 500);
        ProgramKegiatan? parent = null;
        if (KodeProgram.Parent(level) is ProgramLevel parentLevel)
        {
            parent = await db.ProgramKegiatan.FirstOrDefaultAsync(p => p.Id == parentId && p.PerangkatDaerahId == opdId && p.Level == parentLevel, ct)
                     ?? throw new DomainException($"Pilih {KodeProgram.Label(parentLevel)} induknya di perangkat daerah ini.", "ParentId");
            KodeProgram.EnsureUnder(kode, parent.Kode, level);
        }
        if (await db.ProgramKegiatan.AnyAsync(p => p.PerangkatDaerahId == opdId && p.Kode == kode && p.Id != (id ?? 0), ct))
            throw new DomainException($"Kode {kode} sudah dipakai di perangkat daerah ini.", "Kode");
        if (level == ProgramLevel.Program && r.SasaranId is int sasaranId
            && !await db.Sasaran.AnyAsync(s => s.Id == sasaranId && s.Tujuan.Renstra.PerangkatDaerahId == opdId, ct))
            throw new DomainException("Sasaran tidak ditemukan di Renstra perangkat daerah ini.", "SasaranId");
        if (level == ProgramLevel.SubKegiatan && r.UnitKerjaId is int unitId
            && !await db.UnitKerja.AnyAsync(u => u.Id == unitId && u.PerangkatDaerahId == opdId, ct))
            throw new DomainException("Unit pelapor harus unit kerja perangkat daerah ini.", "UnitKerjaId");
        if (node is not null && kode != node.Kode && await db.ProgramKegiatan.AnyAsync(p => p.ParentId == node.Id, ct))
            throw new DomainException("Kode tidak dapat diubah selama masih ada kegiatan/sub-kegiatan di bawahnya.", "Kode");

        node ??= db.ProgramKegiatan.Add(new ProgramKegiatan { PerangkatDaerahId = opdId, Level = level, ParentId = parent?.Id, Kode = kode, Nama = nama }).Entity;
        (node.Kode, node.Nama, node.SasaranId) = (kode, nama, level == ProgramLevel.Program ? r.SasaranId : null);
        node.UnitKerjaId = level == ProgramLevel.SubKegiatan ? r.UnitKerjaId : null;
        await db.SaveChangesAsync(ct);
        return node;
    }

    public static async Task Delete(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var node = await db.ProgramKegiatan.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Program/kegiatan tidak ditemukan.");
        await PlanAccess.WritableOpdAsync(node.PerangkatDaerahId, db, scope, ct);
        if (await db.ProgramKegiatan.AnyAsync(p => p.ParentId == id, ct))
            throw new DomainException($"{node.Kode} masih memiliki kegiatan/sub-kegiatan di bawahnya.");
        if (await db.Indikator.AnyAsync(i => i.ProgramKegiatanId == id, ct))
            throw new DomainException($"{node.Kode} masih memiliki indikator.");
        db.ProgramKegiatan.Remove(node);
        await db.SaveChangesAsync(ct);
    }
}
