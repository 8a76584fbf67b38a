using Kinerja.Web.Data;
using Kinerja.Web.Features.Pengumpulan;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Authorization;

/// <summary>The Pemda-wide round joins the matrix: a Balangan Pemda round (TW IV 2024) with BPKPAD's Pemda form as the target.</summary>
public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Func<Target, Case>> PemdaMatrix = new()
    {
        ["GET /api/v1/pengumpulan/pemda"] = t => new(Kind.ListWithout, "/api/v1/pengumpulan/pemda", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        // BPBD's users belong to Balangan but are no planning agency (403); Banggai's users do not read Balangan (404).
        ["POST /api/v1/pengumpulan/pemda"] = t => new(Kind.Refused, "/api/v1/pengumpulan/pemda",
            _ => new { pemdaId = t.PemdaId, tahun = 2029, triwulan = 4, batasWaktu = t.Today.AddDays(10).ToString("yyyy-MM-dd") }),
        ["POST /api/v1/format-data/{id:int}/ambil-rekap"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.Id("pemdaForm")}/ambil-rekap"),
    };

    private static readonly Func<AppDbContext, Target, Dictionary<string, int>, Task> PemdaTargets = async (db, t, ids) =>
    {
        var round = await db.PengumpulanData.Include(r => r.FormatDataKinerja)
            .FirstOrDefaultAsync(r => r.PemdaId == t.PemdaId && r.PerangkatDaerahId == null && r.Tahun == 2024 && r.Triwulan == 4);
        if (round is null)
        {
            var form = new FormatDataKinerja { SumberOpdId = t.OpdId };
            form.Indikator.Add(new FormatIndikator { IndikatorId = t.IndikatorId, Target = 4 });
            round = new PengumpulanData
            {
                PemdaId = t.PemdaId, Tahun = 2024, Triwulan = 4, DibukaUtc = DateTime.UtcNow.AddDays(-1), BatasWaktuUtc = DateTime.UtcNow.AddYears(5),
                DibukaOleh = "matriks", FormatDataKinerja = [form],
            };
            db.PengumpulanData.Add(round);
            await db.SaveChangesAsync();
        }
        ids["pemdaForm"] = round.FormatDataKinerja.Single(f => f.SumberOpdId == t.OpdId).Id;
    };

    private static readonly Func<AppDbContext, int, Task<List<string>>> PemdaFingerprint = async (db, opdId) =>
        (await db.FormatIndikator.AsNoTracking()
            .Join(db.FormatDataKinerja.Where(f => f.SumberOpdId == opdId), i => i.FormatDataKinerjaId, f => f.Id,
                (i, f) => new { f.Id, f.Status, f.Version, Row = i.Id, i.Realisasi, i.FaktorPendukung, RowVersion = i.Version })
            .OrderBy(x => x.Row).ToListAsync()).Select(x => $"pemda-form {x.Id}|{x.Status}|{x.Version}|{x.Row}|{x.Realisasi}|{x.FaktorPendukung}|{x.RowVersion}").ToList();

    private static readonly Func<Target, string[]> PemdaControlUrls = t =>
        [$"/api/v1/format-data/{t.Id("pemdaForm")}", "/api/v1/pengumpulan/pemda"];
}
