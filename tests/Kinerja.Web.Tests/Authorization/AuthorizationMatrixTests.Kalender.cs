using Kinerja.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Authorization;

/// <summary>
/// The Pemda's working-day calendar joins the matrix. Its target is Balangan's calendar (BPKPAD's Pemda): BPBD's users
/// read it (it is their Pemda too), so the GET aims at the Pemda each user does not belong to; nobody outside
/// Balangan's Admin Pemda may change it.
/// </summary>
public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Func<Target, Case>> KalenderMatrix = new()
    {
        ["GET /api/v1/pemda/{id:int}/kalender"] = t => new(Kind.Refused, $"/api/v1/pemda/{t.PemdaId}/kalender",
            UrlFor: user => $"/api/v1/pemda/{Pemda(t, user)}/kalender"),
        ["PUT /api/v1/pemda/{id:int}/kalender"] = t => new(Kind.Refused, $"/api/v1/pemda/{t.PemdaId}/kalender",
            _ => new { jamKerja = new[] { new { hari = "Monday", mulai = "08:00", selesai = "12:00" } }, version = 0 }),
        ["POST /api/v1/pemda/{id:int}/kalender/libur"] = t => new(Kind.Refused, $"/api/v1/pemda/{t.PemdaId}/kalender/libur",
            _ => new { tanggal = "2029-03-05", nama = "Libur matriks", jenis = "LiburDaerah" }),
        ["PUT /api/v1/pemda/{id:int}/kalender/libur/{liburId:int}"] = t => new(Kind.Refused, $"/api/v1/pemda/{t.PemdaId}/kalender/libur/{t.Id("kalenderLibur")}",
            _ => new { tanggal = "2026-01-02", nama = "Diubah oleh matriks", jenis = "LiburDaerah", version = 0 }),
        ["DELETE /api/v1/pemda/{id:int}/kalender/libur/{liburId:int}"] = t => new(Kind.Refused, $"/api/v1/pemda/{t.PemdaId}/kalender/libur/{t.Id("kalenderLibur")}"),
    };

    /// <summary>Balangan's seeded New Year's Day 2026: a row every write endpoint would change.</summary>
    private static readonly Func<AppDbContext, Target, Dictionary<string, int>, Task> KalenderTargets = async (db, t, ids) =>
        ids["kalenderLibur"] = await db.HariLiburPemda.Where(h => h.PemdaId == t.PemdaId && h.Tanggal == new DateOnly(2026, 1, 1)).Select(h => h.Id).SingleAsync();

    private static readonly Func<AppDbContext, int, Task<List<string>>> KalenderFingerprint = async (db, opdId) =>
    {
        var pemdaId = await db.PerangkatDaerah.Where(o => o.Id == opdId).Select(o => o.PemdaId).SingleAsync();
        var header = await db.KalenderPemda.AsNoTracking().Where(k => k.PemdaId == pemdaId).Select(k => new { k.Id, k.Version }).ToListAsync();
        var ids = header.Select(h => h.Id).ToList();
        var jam = await db.JamKerjaPemda.AsNoTracking().Where(j => ids.Contains(j.KalenderPemdaId)).OrderBy(j => j.Hari).ToListAsync();
        var libur = await db.HariLiburPemda.AsNoTracking().Where(h => h.PemdaId == pemdaId).OrderBy(h => h.Id).ToListAsync();
        return header.Select(h => $"kalender {h.Id}|{h.Version}")
            .Concat(jam.Select(j => $"jam {j.Hari}|{j.Mulai:HH\\:mm}|{j.Selesai:HH\\:mm}"))
            .Concat(libur.Select(h => $"libur {h.Id}|{h.Tanggal:yyyy-MM-dd}|{h.Nama}|{h.Jenis}|{h.Version}")).ToList();
    };

    private static readonly Func<Target, string[]> KalenderControlUrls = t => [$"/api/v1/pemda/{t.PemdaId}/kalender?tahun=2026"];
}
