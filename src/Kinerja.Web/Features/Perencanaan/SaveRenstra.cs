using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

public record SaveRenstraRequest(int PerangkatDaerahId, string? Nama, int TahunAwal, int TahunAkhir, int Version = 0);

/// <summary>Creates (id null) or changes a Renstra: a named period of years of one OPD.</summary>
public static class SaveRenstra
{
    public static async Task<Renstra> Handle(int? id, SaveRenstraRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var renstra = id is int existing ? await PlanAccess.RenstraAsync(existing, db, scope, write: true, ct) : null;
        var opdId = renstra?.PerangkatDaerahId ?? (await PlanAccess.WritableOpdAsync(r.PerangkatDaerahId, db, scope, ct)).Id;
        if (renstra is not null) db.Entry(renstra).Property(x => x.Version).OriginalValue = r.Version;

        var nama = Input.Required(r.Nama, "Nama", "Nama Renstra", 300);
        if (r.TahunAwal is < 2000 or > 2100) throw new DomainException("Tahun awal tidak valid.", "TahunAwal");
        if (r.TahunAkhir < r.TahunAwal || r.TahunAkhir - r.TahunAwal > 9)
            throw new DomainException("Tahun akhir harus sama atau sesudah tahun awal, paling lama 10 tahun.", "TahunAkhir");
        if (await db.Renstra.AnyAsync(x => x.PerangkatDaerahId == opdId && x.Id != (id ?? 0)
                && x.TahunAwal <= r.TahunAkhir && r.TahunAwal <= x.TahunAkhir, ct))
            throw new DomainException($"Sudah ada Renstra perangkat daerah ini yang mencakup tahun {r.TahunAwal}–{r.TahunAkhir}.", "TahunAwal");

        renstra ??= db.Renstra.Add(new Renstra { PerangkatDaerahId = opdId, Nama = nama }).Entity;
        (renstra.Nama, renstra.TahunAwal, renstra.TahunAkhir) = (nama, r.TahunAwal, r.TahunAkhir);
        await db.SaveChangesAsync(ct);
        return renstra;
    }
}
