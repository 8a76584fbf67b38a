using Kinerja.Domain;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <param name="AtasanJabatanId">The pihak kedua; when null it follows the unit tree (see <see cref="PkParties.SuperiorAsync"/>).</param>
public record CreatePkRequest(int JabatanId, int Tahun, int? AtasanJabatanId = null);

/// <summary>Starts the draft PK of a jabatan for a year. One PK per jabatan and year; later changes are revisions.</summary>
public static class CreatePk
{
    public static async Task<PerjanjianKinerja> Handle(CreatePkRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var jabatan = await db.Jabatan.FirstOrDefaultAsync(j => j.Id == r.JabatanId, ct);
        if (jabatan?.PerangkatDaerahId is not int opdId)
            throw new NotFoundException("Jabatan tidak ditemukan.");
        await PlanAccess.WritableOpdAsync(opdId, db, scope, ct);
        PkParty.EnsureCarriesPk(jabatan.Role, jabatan.Nama, "JabatanId");
        if (r.Tahun is < 2000 or > 2100) throw new DomainException("Tahun tidak valid.", "Tahun");
        if (!await db.Renstra.AnyAsync(x => x.PerangkatDaerahId == opdId && x.TahunAwal <= r.Tahun && r.Tahun <= x.TahunAkhir, ct))
            throw new DomainException($"Belum ada Renstra perangkat daerah ini yang mencakup tahun {r.Tahun}.", "Tahun");
        if (await db.PerjanjianKinerja.AnyAsync(p => p.JabatanId == jabatan.Id && p.Tahun == r.Tahun, ct))
            throw new DomainException($"{jabatan.Nama} sudah memiliki Perjanjian Kinerja tahun {r.Tahun}; ubah drafnya atau buat PK perubahan.", "Tahun");

        var atasan = r.AtasanJabatanId is int given
            ? await db.Jabatan.FirstOrDefaultAsync(j => j.Id == given, ct) ?? throw new DomainException("Jabatan pihak kedua tidak ditemukan.", "AtasanJabatanId")
            : await PkParties.SuperiorAsync(jabatan, db, ct);
        if (atasan is not null) PkParties.EnsureValidSuperior(jabatan, atasan);

        var pk = new PerjanjianKinerja { PerangkatDaerahId = opdId, Tahun = r.Tahun, JabatanId = jabatan.Id, AtasanJabatanId = atasan?.Id };
        db.PerjanjianKinerja.Add(pk);
        await db.SaveChangesAsync(ct);
        return pk;
    }
}
