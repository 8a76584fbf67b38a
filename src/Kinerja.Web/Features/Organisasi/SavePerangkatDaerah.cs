using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Organisasi;

public record SavePerangkatDaerahRequest(int PemdaId, string? Kode, string? Nama, bool ReadsAcrossPemda, int Version = 0);

/// <summary>Creates (id null) or changes an OPD; only an Admin Pemda of its Pemda may.</summary>
public static class SavePerangkatDaerah
{
    public static async Task<PerangkatDaerah> Handle(int? id, SavePerangkatDaerahRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        PerangkatDaerah? opd = null;
        if (id is int existing)
        {
            opd = await db.PerangkatDaerah.FirstOrDefaultAsync(o => o.Id == existing, ct);
            if (opd is null || !scope.CanReadOpd(opd)) throw new NotFoundException("Perangkat daerah tidak ditemukan.");
            if (!scope.CanManagePemda(opd.PemdaId)) throw new ForbiddenException();
            db.Entry(opd).Property(o => o.Version).OriginalValue = r.Version;
        }
        else if (!scope.CanManagePemda(r.PemdaId)) throw new ForbiddenException();

        var pemdaId = opd?.PemdaId ?? r.PemdaId;
        var kode = Input.Code(r.Kode, "Kode", "Kode perangkat daerah");
        var nama = Input.Required(r.Nama, "Nama", "Nama perangkat daerah", 300);
        if (await db.PerangkatDaerah.AnyAsync(o => o.PemdaId == pemdaId && o.Kode == kode && o.Id != (id ?? 0), ct))
            throw new DomainException($"Kode perangkat daerah {kode} sudah dipakai.", "Kode");

        opd ??= db.PerangkatDaerah.Add(new PerangkatDaerah { PemdaId = pemdaId, Kode = kode, Nama = nama }).Entity;
        (opd.Kode, opd.Nama, opd.ReadsAcrossPemda) = (kode, nama, r.ReadsAcrossPemda);
        await db.SaveChangesAsync(ct);
        return opd;
    }
}
