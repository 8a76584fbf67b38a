using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Rekap;

/// <summary>What a recap covers once access is checked: the level, the Pemda, the OPD and the unit subtree.</summary>
public sealed record RekapCakupan(RekapTingkat Tingkat, int PemdaId, string Pemda, int? PerangkatDaerahId, string? PerangkatDaerah,
    int? UnitKerjaId, string? Unit, string? UnitPath, IReadOnlySet<int> SubtreeUnits);

/// <summary>
/// Who reads which recap, through the one <see cref="AccessScope"/>: a unit's recap by whoever reads the
/// unit (its staff, the Kabid above it, the OPD's office); an OPD's by those who read the whole OPD (its
/// leaders, planning section and admins, the Pemda-wide readers); the Pemda's by the Pemda-wide readers
/// (the planning agency, the Admin Pemda). Not readable at all → 404; readable in part only → 403.
/// </summary>
public static class RekapAccess
{
    public static async Task<RekapCakupan> ResolveAsync(RekapQuery q, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var tingkat = q.Tingkat ?? Default(q, scope);
        switch (tingkat)
        {
            case RekapTingkat.Unit:
            {
                var unitId = q.UnitKerjaId ?? scope.Jabatan.Select(j => j.UnitId).FirstOrDefault(u => u is not null)
                    ?? throw new NotFoundException("Unit kerja tidak ditemukan.");
                var unit = await db.UnitKerja.AsNoTracking().Where(u => u.Id == unitId)
                    .Select(u => new { u.Id, u.Nama, u.Path, u.PerangkatDaerahId, u.PerangkatDaerah.PemdaId, Opd = u.PerangkatDaerah.Nama, Pemda = u.PerangkatDaerah.Pemda.Nama })
                    .FirstOrDefaultAsync(ct);
                if (unit is null || !scope.CanReadUnit(unit.Id, unit.PerangkatDaerahId, unit.PemdaId))
                    throw new NotFoundException("Unit kerja tidak ditemukan.");
                var path = unit.Path;
                var subtree = (await db.UnitKerja.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
                return new(tingkat, unit.PemdaId, unit.Pemda, unit.PerangkatDaerahId, unit.Opd, unit.Id, unit.Nama, unit.Path, subtree);
            }
            case RekapTingkat.PerangkatDaerah:
            {
                var opdId = q.PerangkatDaerahId ?? scope.Jabatan.Select(j => j.OpdId).FirstOrDefault(o => o is not null)
                    ?? throw new NotFoundException("Perangkat daerah tidak ditemukan.");
                var opd = await db.PerangkatDaerah.AsNoTracking().Include(o => o.Pemda).FirstOrDefaultAsync(o => o.Id == opdId, ct);
                if (opd is null || !scope.CanReadOpd(opd)) throw new NotFoundException("Perangkat daerah tidak ditemukan.");
                if (!scope.ReadsWholeOpd(opd.Id, opd.PemdaId))
                    throw new ForbiddenException("Rekap seluruh perangkat daerah dibaca oleh pimpinan, perencanaan dan admin perangkat daerah; " +
                                                 "Anda dapat membuka rekap unit Anda (tingkat=unit).");
                return new(tingkat, opd.PemdaId, opd.Pemda.Nama, opd.Id, opd.Nama, null, null, null, new HashSet<int>());
            }
            default:
            {
                var readable = scope.ReadablePemdaIds();
                var pemdaId = q.PemdaId ?? (readable.Count == 1 ? readable.First() : 0);
                var pemda = readable.Contains(pemdaId) ? await db.Pemda.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pemdaId, ct) : null;
                if (pemda is null) throw new NotFoundException("Pemda tidak ditemukan.");
                if (!scope.ReadsWholePemda(pemda.Id))
                    throw new ForbiddenException("Rekap tingkat Pemda dibaca oleh perencanaan Pemda (Bappeda) dan Admin Pemda.");
                string? opdNama = null;
                if (q.PerangkatDaerahId is int one)
                    opdNama = await db.PerangkatDaerah.Where(o => o.Id == one && o.PemdaId == pemda.Id).Select(o => o.Nama).FirstOrDefaultAsync(ct)
                              ?? throw new NotFoundException("Perangkat daerah tidak ditemukan.");
                return new(RekapTingkat.Pemda, pemda.Id, pemda.Nama, q.PerangkatDaerahId, opdNama, null, null, null, new HashSet<int>());
            }
        }
    }

    /// <summary>The widest recap of the user's own place: the OPD when they read all of it, else their unit; the Pemda for an Admin Pemda.</summary>
    private static RekapTingkat Default(RekapQuery q, AccessScope scope)
    {
        if (q.UnitKerjaId is not null) return RekapTingkat.Unit;
        if (q.PerangkatDaerahId is not null) return RekapTingkat.PerangkatDaerah;
        if (q.PemdaId is not null) return RekapTingkat.Pemda;
        var own = scope.Jabatan.FirstOrDefault(j => j.OpdId is not null);
        if (own is { OpdId: int opd } && scope.ReadsWholeOpd(opd, own.PemdaId)) return RekapTingkat.PerangkatDaerah;
        if (scope.Jabatan.Any(j => j.UnitId is not null)) return RekapTingkat.Unit;
        return own is not null ? RekapTingkat.PerangkatDaerah : RekapTingkat.Pemda;
    }
}
