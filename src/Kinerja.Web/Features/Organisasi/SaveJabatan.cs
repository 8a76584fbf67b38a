using Kinerja.Domain;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>
/// Creates (id null) or changes a jabatan. Where it sits follows its role: an Admin Pemda belongs to
/// the Pemda, a Kepala or Admin OPD to an OPD, every other role to a unit kerja.
/// <see cref="Version"/> is only read on update.
/// </summary>
public record SaveJabatanRequest(int? PemdaId, int? PerangkatDaerahId, int? UnitKerjaId, string? Kode, string? Nama, SopRole Role, int Version = 0);

public static class SaveJabatan
{
    public static async Task<Jabatan> Handle(int? id, SaveJabatanRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        Jabatan? jabatan = null;
        if (id is int existingId)
        {
            jabatan = await db.Jabatan.FirstOrDefaultAsync(j => j.Id == existingId, ct);
            if (jabatan is null || !await scope.JabatanOf(db.Jabatan).AnyAsync(j => j.Id == existingId, ct))
                throw new NotFoundException("Jabatan tidak ditemukan.");
            if (!scope.CanManageJabatan(jabatan)) throw new ForbiddenException();
            db.Entry(jabatan).Property(j => j.Version).OriginalValue = r.Version;
        }

        if (!Enum.IsDefined(r.Role)) throw new DomainException("Peran SOP tidak dikenal.", "Role");
        var kode = Input.Code(r.Kode, "Kode", "Kode jabatan");
        var nama = Input.Required(r.Nama, "Nama", "Nama jabatan", 300);
        var (pemdaId, opdId, unitId) = await PlaceAsync(r, db, ct);

        var target = new Jabatan { PemdaId = pemdaId, PerangkatDaerahId = opdId, UnitKerjaId = unitId, Kode = kode, Nama = nama, Role = r.Role };
        if (!scope.CanManageJabatan(target)) throw new ForbiddenException("Anda tidak berwenang mengelola jabatan di tempat itu.");
        if (await db.Jabatan.AnyAsync(j => j.PemdaId == pemdaId && j.Kode == kode && j.Id != (id ?? 0), ct))
            throw new DomainException($"Kode jabatan {kode} sudah dipakai.", "Kode");

        if (jabatan is null)
        {
            jabatan = target;
            db.Jabatan.Add(jabatan);
        }
        else
        {
            if (jabatan.PemdaId != pemdaId) throw new DomainException("Jabatan tidak dapat dipindahkan ke Pemda lain.", "PemdaId");
            (jabatan.PerangkatDaerahId, jabatan.UnitKerjaId, jabatan.Kode, jabatan.Nama, jabatan.Role) = (opdId, unitId, kode, nama, r.Role);
        }
        await db.SaveChangesAsync(ct);
        return jabatan;
    }

    private static async Task<(int Pemda, int? Opd, int? Unit)> PlaceAsync(SaveJabatanRequest r, AppDbContext db, CancellationToken ct)
    {
        var placement = r.Role.Placement();
        if (placement == JabatanPlacement.Pemda)
        {
            if (r.PemdaId is not int p || !await db.Pemda.AnyAsync(x => x.Id == p, ct))
                throw new DomainException("Jabatan Admin Pemda harus memilih Pemda.", "PemdaId");
            if (r.PerangkatDaerahId is not null || r.UnitKerjaId is not null)
                throw new DomainException("Jabatan Admin Pemda tidak berada di perangkat daerah atau unit kerja.", "UnitKerjaId");
            return (p, null, null);
        }
        if (r.UnitKerjaId is int unitId)
        {
            var unit = await db.UnitKerja.Include(u => u.PerangkatDaerah).FirstOrDefaultAsync(u => u.Id == unitId, ct)
                       ?? throw new DomainException("Unit kerja tidak ditemukan.", "UnitKerjaId");
            if (r.PerangkatDaerahId is int o && o != unit.PerangkatDaerahId)
                throw new DomainException("Unit kerja tidak berada di perangkat daerah yang dipilih.", "UnitKerjaId");
            return (unit.PerangkatDaerah.PemdaId, unit.PerangkatDaerahId, unit.Id);
        }
        if (placement == JabatanPlacement.Unit)
            throw new DomainException($"Jabatan dengan peran {r.Role.Label()} harus berada di sebuah unit kerja.", "UnitKerjaId");
        var opd = r.PerangkatDaerahId is int opdId ? await db.PerangkatDaerah.FirstOrDefaultAsync(x => x.Id == opdId, ct) : null;
        if (opd is null) throw new DomainException("Perangkat daerah wajib dipilih.", "PerangkatDaerahId");
        return (opd.PemdaId, opd.Id, null);
    }
}
