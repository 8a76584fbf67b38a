using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Kalender;

/// <summary>
/// Who reads and changes a Pemda's calendar (everyone of the Pemda reads, its Admin Pemda changes), and the
/// <see cref="KalenderKerja"/> built from its rows. A Pemda that never saved a calendar runs on the shipped
/// default; its first change stores that default first, so nothing of it is lost.
/// </summary>
public static class KalenderAccess
{
    public static void EnsureReadable(int pemdaId, AccessScope scope)
    {
        if (!scope.ReadablePemdaIds().Contains(pemdaId)) throw new NotFoundException("Pemda tidak ditemukan.");
    }

    public static void EnsureWritable(int pemdaId, AccessScope scope)
    {
        EnsureReadable(pemdaId, scope);
        if (!scope.CanManagePemda(pemdaId)) throw new ForbiddenException("Hanya Admin Pemda yang dapat mengubah kalender kerja.");
    }

    public static bool CanEdit(int pemdaId, AccessScope scope) => scope.CanManagePemda(pemdaId);

    /// <summary>The calendar of the Pemda the OPD belongs to: what an SOP run of that OPD is timed by.</summary>
    public static async Task<KalenderKerja> ForOpdAsync(int opdId, AppDbContext db, CancellationToken ct) =>
        await ForPemdaAsync(await db.PerangkatDaerah.Where(o => o.Id == opdId).Select(o => o.PemdaId).SingleAsync(ct), db, ct);

    public static async Task<KalenderKerja> ForPemdaAsync(int pemdaId, AppDbContext db, CancellationToken ct)
    {
        var header = await db.KalenderPemda.AsNoTracking().Include(k => k.JamKerja).SingleOrDefaultAsync(k => k.PemdaId == pemdaId, ct);
        if (header is null) return KalenderRows.Build(KalenderRows.DefaultJamKerja, KalenderRows.DefaultHariLibur);
        var libur = await db.HariLiburPemda.AsNoTracking().Where(h => h.PemdaId == pemdaId).ToListAsync(ct);
        return KalenderRows.Build(header.JamKerja.Select(j => new JamKerjaHari(j.Hari, j.Mulai, j.Selesai)),
            libur.Select(h => new HariLiburHari(h.Tanggal, h.Nama, h.Jenis)));
    }

    /// <summary>The Pemda's stored calendar; the shipped default is stored first when it has none.</summary>
    public static async Task<KalenderPemda> EnsureAsync(int pemdaId, AppDbContext db, CancellationToken ct)
    {
        var header = await db.KalenderPemda.Include(k => k.JamKerja).SingleOrDefaultAsync(k => k.PemdaId == pemdaId, ct);
        if (header is not null) return header;
        header = Default(pemdaId, db);
        await db.SaveChangesAsync(ct);
        return header;
    }

    /// <summary>Adds the shipped default (office hours, 2026 holidays) as the Pemda's rows; the caller saves.</summary>
    public static KalenderPemda Default(int pemdaId, AppDbContext db)
    {
        var header = new KalenderPemda
        {
            PemdaId = pemdaId,
            JamKerja = KalenderRows.DefaultJamKerja.Select(j => new JamKerjaPemda { Hari = j.Hari, Mulai = j.Mulai, Selesai = j.Selesai }).ToList(),
        };
        db.KalenderPemda.Add(header);
        db.HariLiburPemda.AddRange(KalenderRows.DefaultHariLibur.Select(h => new HariLiburPemda { PemdaId = pemdaId, Tanggal = h.Tanggal, Nama = h.Nama, Jenis = h.Jenis }));
        return header;
    }
}
