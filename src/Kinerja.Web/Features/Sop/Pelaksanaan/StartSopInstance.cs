using Kinerja.Domain;
using Kinerja.Domain.Sop;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Pengumpulan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

public record StartSopInstanceRequest(int PengumpulanDataId, int? SopDokumenId = null);

/// <summary>
/// Starts the OPD's collection SOP for a round: its first step becomes active, assigned to the holder of its
/// pelaksana's jabatan. Opening a round calls <see cref="ForRound"/>, so the round and the SOP are one flow;
/// the API starts one by hand for a round that has none.
/// </summary>
public static class StartSopInstance
{
    public static async Task<(SopInstance Instance, List<string> Warnings)> Handle(StartSopInstanceRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var round = await PengumpulanAccess.LoadAsync(r.PengumpulanDataId, db, scope, ct);
        if (round.PerangkatDaerahId is not int opdId) throw new DomainException("Pengumpulan tingkat Pemda tidak menjalankan SOP perangkat daerah.", "pengumpulanDataId");
        await SopAccess.WritableOpdAsync(opdId, db, scope, ct);
        var sop = await ChooseAsync(opdId, r.SopDokumenId, db, ct)
                  ?? throw new DomainException("Perangkat daerah ini belum memiliki SOP; buat SOP terlebih dahulu.", "sopDokumenId");
        var warnings = new List<string>();
        var instance = await StartAsync(round, sop, scope.UserName ?? "sistem", warnings, db, clock, ct);
        return (instance, warnings);
    }

    /// <summary>Called at the end of opening a round: starts the SOP, or says in the warnings why not. Never fails the opening.</summary>
    public static async Task<List<string>> ForRound(PengumpulanData round, AppDbContext db, Clock clock, CancellationToken ct)
    {
        var warnings = new List<string>();
        if (round.PerangkatDaerahId is not int opdId) return warnings;
        var sop = await ChooseAsync(opdId, null, db, ct);
        if (sop is null)
        {
            warnings.Add("Perangkat daerah ini belum memiliki SOP Pengumpulan Data Kinerja; pelaksanaan SOP tidak dimulai.");
            return warnings;
        }
        await StartAsync(round, sop, round.DibukaOleh, warnings, db, clock, ct);
        return warnings;
    }

    private static async Task<SopInstance> StartAsync(PengumpulanData round, SopDokumen sop, string by, List<string> warnings, AppDbContext db, Clock clock, CancellationToken ct)
    {
        if (await db.SopInstance.AnyAsync(i => i.PengumpulanDataId == round.Id, ct))
            throw new DomainException("SOP untuk pengumpulan data ini sudah berjalan.", "pengumpulanDataId");
        var yaml = await db.SopRevisi.Where(x => x.SopDokumenId == sop.Id && x.Revisi == sop.RevisiTerakhir).Select(x => x.Yaml).SingleAsync(ct);
        var def = SopDefinitionParser.Parse(yaml);
        var run = new SopRun(def);
        var now = clock.UtcNow;
        var instance = new SopInstance
        {
            PerangkatDaerahId = round.PerangkatDaerahId!.Value, SopDokumenId = sop.Id, Revisi = sop.RevisiTerakhir, NamaSop = sop.Nama,
            PengumpulanDataId = round.Id, MulaiUtc = now, DimulaiOleh = by,
        };
        var holders = await SopRunner.HoldersAsync(instance.PerangkatDaerahId, def.Pelaksana.Select(p => p.Peran), db, clock, ct);
        if (SopRunner.Activate(instance, def, run.First.No, holders, await Kalender.KalenderAccess.ForOpdAsync(instance.PerangkatDaerahId, db, ct), now, clock) is { } warning) warnings.Add(warning);
        db.SopInstance.Add(instance);
        await db.SaveChangesAsync(ct);
        return instance;
    }

    /// <summary>The SOP asked for, else the OPD's SOP Pengumpulan Data Kinerja, else its first SOP.</summary>
    private static async Task<SopDokumen?> ChooseAsync(int opdId, int? sopId, AppDbContext db, CancellationToken ct)
    {
        var sops = await db.SopDokumen.Where(s => s.PerangkatDaerahId == opdId).OrderBy(s => s.Id).ToListAsync(ct);
        if (sopId is int id) return sops.FirstOrDefault(s => s.Id == id) ?? throw new DomainException("SOP tidak ditemukan di perangkat daerah ini.", "sopDokumenId");
        return sops.FirstOrDefault(s => s.Nama.Contains("Pengumpulan Data Kinerja", StringComparison.OrdinalIgnoreCase)) ?? sops.FirstOrDefault();
    }
}
