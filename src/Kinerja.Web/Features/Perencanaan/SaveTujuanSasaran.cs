using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan;

public record SaveUraianRequest(string? Kode, string? Uraian, int Version = 0);

/// <summary>Adds or changes a Tujuan of a Renstra, or a Sasaran of a Tujuan; removes them when empty.</summary>
public static class SaveTujuanSasaran
{
    public static async Task<Tujuan> AddTujuan(int renstraId, SaveUraianRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var renstra = await PlanAccess.RenstraAsync(renstraId, db, scope, write: true, ct);
        var (kode, uraian) = Validate(r, "tujuan");
        if (await db.Tujuan.AnyAsync(t => t.RenstraId == renstra.Id && t.Kode == kode, ct))
            throw new DomainException($"Kode tujuan {kode} sudah dipakai di Renstra ini.", "Kode");
        var tujuan = db.Tujuan.Add(new Tujuan { RenstraId = renstra.Id, Kode = kode, Uraian = uraian }).Entity;
        await db.SaveChangesAsync(ct);
        return tujuan;
    }

    public static async Task<Tujuan> UpdateTujuan(int id, SaveUraianRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var tujuan = await PlanAccess.TujuanAsync(id, db, scope, write: true, ct);
        db.Entry(tujuan).Property(x => x.Version).OriginalValue = r.Version;
        var (kode, uraian) = Validate(r, "tujuan");
        if (await db.Tujuan.AnyAsync(t => t.RenstraId == tujuan.RenstraId && t.Kode == kode && t.Id != id, ct))
            throw new DomainException($"Kode tujuan {kode} sudah dipakai di Renstra ini.", "Kode");
        (tujuan.Kode, tujuan.Uraian) = (kode, uraian);
        await db.SaveChangesAsync(ct);
        return tujuan;
    }

    public static async Task DeleteTujuan(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var tujuan = await PlanAccess.TujuanAsync(id, db, scope, write: true, ct);
        var count = await db.Sasaran.CountAsync(s => s.TujuanId == id, ct);
        if (count > 0) throw new DomainException($"Tujuan {tujuan.Kode} masih memiliki {count} sasaran. Hapus sasarannya lebih dahulu.");
        db.Tujuan.Remove(tujuan);
        await db.SaveChangesAsync(ct);
    }

    public static async Task<Sasaran> AddSasaran(int tujuanId, SaveUraianRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var tujuan = await PlanAccess.TujuanAsync(tujuanId, db, scope, write: true, ct);
        var (kode, uraian) = Validate(r, "sasaran");
        if (await db.Sasaran.AnyAsync(s => s.TujuanId == tujuan.Id && s.Kode == kode, ct))
            throw new DomainException($"Kode sasaran {kode} sudah dipakai di tujuan ini.", "Kode");
        var sasaran = db.Sasaran.Add(new Sasaran { TujuanId = tujuan.Id, Kode = kode, Uraian = uraian }).Entity;
        await db.SaveChangesAsync(ct);
        return sasaran;
    }

    public static async Task<Sasaran> UpdateSasaran(int id, SaveUraianRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var sasaran = await PlanAccess.SasaranAsync(id, db, scope, write: true, ct);
        db.Entry(sasaran).Property(x => x.Version).OriginalValue = r.Version;
        var (kode, uraian) = Validate(r, "sasaran");
        if (await db.Sasaran.AnyAsync(s => s.TujuanId == sasaran.TujuanId && s.Kode == kode && s.Id != id, ct))
            throw new DomainException($"Kode sasaran {kode} sudah dipakai di tujuan ini.", "Kode");
        (sasaran.Kode, sasaran.Uraian) = (kode, uraian);
        await db.SaveChangesAsync(ct);
        return sasaran;
    }

    public static async Task DeleteSasaran(int id, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var sasaran = await PlanAccess.SasaranAsync(id, db, scope, write: true, ct);
        var count = await db.Indikator.CountAsync(i => i.SasaranId == id, ct);
        if (count > 0) throw new DomainException($"Sasaran {sasaran.Kode} masih memiliki {count} indikator. Hapus indikatornya lebih dahulu.");
        db.Sasaran.Remove(sasaran);
        await db.SaveChangesAsync(ct);
    }

    private static (string Kode, string Uraian) Validate(SaveUraianRequest r, string what) =>
        (Input.Code(r.Kode, "Kode", $"Kode {what}"), Input.Required(r.Uraian, "Uraian", $"Uraian {what}", 1000));
}
