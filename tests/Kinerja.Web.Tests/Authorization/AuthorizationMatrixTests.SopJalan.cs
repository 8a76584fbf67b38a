using Kinerja.Web.Data;
using Kinerja.Web.Features.Pengumpulan;
using Kinerja.Web.Features.Sop.Pelaksanaan;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Authorization;

/// <summary>SOP runs join the matrix: a BPKPAD run (round TW IV 2028) with an active step, a kelengkapan item and a disposisi.</summary>
public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Func<Target, Case>> SopJalanMatrix = new()
    {
        ["GET /api/v1/sop-pelaksanaan"] = t => new(Kind.ListWithout, "/api/v1/sop-pelaksanaan", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["POST /api/v1/sop-pelaksanaan"] = t => new(Kind.Refused, "/api/v1/sop-pelaksanaan", _ => new { pengumpulanDataId = t.Id("sopjalan.bareRound") }),
        ["GET /api/v1/sop-pelaksanaan/{id:int}"] = t => new(Kind.Refused, $"/api/v1/sop-pelaksanaan/{t.Id("sopjalan.run")}"),
        ["POST /api/v1/sop-pelaksanaan/{id:int}/langkah/{langkahId:int}/selesai"] = t => new(Kind.Refused,
            $"/api/v1/sop-pelaksanaan/{t.Id("sopjalan.run")}/langkah/{t.Id("sopjalan.step")}/selesai", _ => new { version = 0, outputNama = "Diubah oleh matriks" }),
        ["PUT /api/v1/sop-pelaksanaan/{id:int}/langkah/{langkahId:int}/kelengkapan/{itemId:int}"] = t => new(Kind.Refused,
            $"/api/v1/sop-pelaksanaan/{t.Id("sopjalan.run")}/langkah/{t.Id("sopjalan.step")}/kelengkapan/{t.Id("sopjalan.item")}", _ => new { ada = true, version = 0 }),
        ["POST /api/v1/sop-pelaksanaan/{id:int}/disposisi"] = t => new(Kind.Refused, $"/api/v1/sop-pelaksanaan/{t.Id("sopjalan.run")}/disposisi",
            _ => new { langkahId = t.Id("sopjalan.step"), kepadaUserName = "kasubag.bpkpad", instruksi = "Disposisi matriks" }),
        ["POST /api/v1/sop-pelaksanaan/{id:int}/disposisi/{disposisiId:int}/paraf"] = t => new(Kind.Refused,
            $"/api/v1/sop-pelaksanaan/{t.Id("sopjalan.run")}/disposisi/{t.Id("sopjalan.disposisi")}/paraf", _ => new { version = 0 }),
        ["GET /api/v1/sop-pelaksanaan/{id:int}/timeline"] = t => new(Kind.Refused, $"/api/v1/sop-pelaksanaan/{t.Id("sopjalan.run")}/timeline"),
        ["GET /api/v1/sop-pelaksanaan/kepatuhan"] = t => new(Kind.Refused, $"/api/v1/sop-pelaksanaan/kepatuhan?sopId={t.SopId}&tahun=2028"),
    };

    private static readonly Func<AppDbContext, Target, Dictionary<string, int>, Task> SopJalanTargets = async (db, t, ids) =>
    {
        var run = await db.SopInstance.Include(i => i.Steps).ThenInclude(s => s.Kelengkapan).Include(i => i.Disposisi)
            .FirstOrDefaultAsync(i => i.PerangkatDaerahId == t.OpdId && i.PengumpulanData.Tahun == 2028 && i.PengumpulanData.Triwulan == 4);
        if (run is null)
        {
            var now = DateTime.UtcNow;
            PengumpulanData Round(int tw) => new()
            {
                PemdaId = t.PemdaId, PerangkatDaerahId = t.OpdId, Tahun = 2028, Triwulan = tw, DibukaUtc = now, BatasWaktuUtc = now.AddYears(5), DibukaOleh = "matriks",
            };
            var round = Round(4);
            db.PengumpulanData.AddRange(round, Round(3));
            var users = await db.Users.Where(u => u.UserName == "sekretaris.bpkpad" || u.UserName == "kasubag.bpkpad").ToDictionaryAsync(u => u.UserName!);
            var step = new SopInstanceStep
            {
                StepNo = 1, Kegiatan = "Mengumpulkan data laporan kinerja triwulan", WaktuAmount = 15, WaktuUnit = Domain.Sop.WaktuUnit.Menit,
                MulaiUtc = now, JatuhTempoUtc = now.AddMinutes(15),
                Kelengkapan = [new SopStepKelengkapan { Nama = "Rencana Aksi" }],
            };
            run = new SopInstance
            {
                PerangkatDaerahId = t.OpdId, SopDokumenId = t.SopId, Revisi = 1, NamaSop = "SOP Mekanisme Pengumpulan Data Kinerja", PengumpulanData = round,
                MulaiUtc = now, DimulaiOleh = "matriks", Steps = [step],
            };
            db.SopInstance.Add(run);
            await db.SaveChangesAsync();
            var s = users["sekretaris.bpkpad"];
            var k = users["kasubag.bpkpad"];
            run.Disposisi.Add(new Disposisi
            {
                SopInstanceStepId = step.Id, DariUserId = s.Id, DariNama = s.FullName, DariJabatan = "Sekretaris BPKPAD",
                KepadaUserId = k.Id, KepadaNama = k.FullName, KepadaJabatan = "Kasubag", Instruksi = "Rekap", TanggalUtc = now,
            });
            await db.SaveChangesAsync();
        }
        ids["sopjalan.run"] = run.Id;
        ids["sopjalan.step"] = run.Steps[0].Id;
        ids["sopjalan.item"] = run.Steps[0].Kelengkapan[0].Id;
        ids["sopjalan.disposisi"] = run.Disposisi[0].Id;
        ids["sopjalan.bareRound"] = await db.PengumpulanData.Where(r => r.PerangkatDaerahId == t.OpdId && r.Tahun == 2028 && r.Triwulan == 3).Select(r => r.Id).SingleAsync();
    };

    private static readonly Func<AppDbContext, int, Task<List<string>>> SopJalanFingerprint = async (db, opdId) =>
    {
        var runs = await db.SopInstance.AsNoTracking().Where(i => i.PerangkatDaerahId == opdId).OrderBy(i => i.Id)
            .Select(i => $"run {i.Id}|{i.PengumpulanDataId}|{i.Status}|{i.SelesaiUtc}|{i.Version}").ToListAsync();
        var steps = await db.SopInstanceStep.AsNoTracking().Where(s => db.SopInstance.Any(i => i.Id == s.SopInstanceId && i.PerangkatDaerahId == opdId)).OrderBy(s => s.Id)
            .Select(s => $"step {s.Id}|{s.StepNo}|{s.SelesaiUtc}|{s.Keputusan}|{s.OutputNama}|{s.Version}|" + string.Join(";", s.Kelengkapan.OrderBy(k => k.Id).Select(k => k.Ada + k.Tautan + k.Version))).ToListAsync();
        var disposisi = await db.Disposisi.AsNoTracking().Where(d => db.SopInstance.Any(i => i.Id == d.SopInstanceId && i.PerangkatDaerahId == opdId)).OrderBy(d => d.Id)
            .Select(d => $"disposisi {d.Id}|{d.KepadaUserId}|{d.Instruksi}|{d.ParafUtc}|{d.ParafOleh}|{d.Version}").ToListAsync();
        return [.. runs, .. steps, .. disposisi];
    };

    private static readonly Func<Target, string[]> SopJalanControlUrls = t =>
    [
        $"/api/v1/sop-pelaksanaan/{t.Id("sopjalan.run")}", $"/api/v1/sop-pelaksanaan/{t.Id("sopjalan.run")}/timeline",
        $"/api/v1/sop-pelaksanaan/kepatuhan?sopId={t.SopId}&tahun=2028",
    ];
}
