using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>Opening a quarter: one form per responsible unit, the quarter's targets copied from the signed PK's Rencana Aksi.</summary>
[Collection("web")]
public class OpenPengumpulanTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Opening_CreatesAFormPerResponsibleUnit_WithTheRencanaAksiTargetsOfTheQuarter(DatabaseProvider db)
    {
        var app = apps[db];
        var planner = await app.ApiAsync("kasubag.diskop");
        var opd = await app.DbAsync(d => d.Users.Where(u => u.UserName == "kasubag.diskop").Select(u => u.PerangkatDaerahId!.Value).SingleAsync());
        var response = await planner.PostAsJsonAsync("/api/v1/pengumpulan", new { perangkatDaerahId = opd, tahun = 2026, triwulan = 2, batasWaktu = "2026-12-31" });
        var round = await JsonAsync(response, HttpStatusCode.Created);

        // Every indicator of the Renstra lands in the form of the unit that answers for it, with TW II of the Kepala's Rencana Aksi.
        var expected = await app.DbAsync(d => d.PerjanjianKinerjaIndikator
            .Where(r => r.PerjanjianKinerja.PerangkatDaerahId == opd && r.PerjanjianKinerja.Tahun == 2026)
            .Select(r => new { r.IndikatorId, r.RencanaAksi!.TargetTw2, Units = r.Indikator.Units.Select(u => u.UnitKerjaId).ToList() }).ToListAsync());
        var stored = await app.DbAsync(d => d.FormatIndikator.Where(r => d.FormatDataKinerja.Any(f => f.Id == r.FormatDataKinerjaId && f.PengumpulanDataId == round.GetProperty("id").GetInt32()))
            .Select(r => new { r.IndikatorId, r.Target, Unit = d.FormatDataKinerja.Where(f => f.Id == r.FormatDataKinerjaId).Select(f => f.UnitKerjaId).Single() }).ToListAsync());
        expected.Count.ShouldBeGreaterThan(3);
        stored.Count.ShouldBe(expected.Sum(e => e.Units.Count));
        foreach (var e in expected)
            foreach (var unit in e.Units)
                stored.ShouldContain(s => s.IndikatorId == e.IndikatorId && s.Unit == unit && s.Target == e.TargetTw2);

        // Sub-kegiatan with a 2026 pagu go to the unit that reports them.
        var anggaran = await app.DbAsync(d => d.FormatAnggaran.CountAsync(a => d.FormatDataKinerja.Any(f => f.Id == a.FormatDataKinerjaId && f.PengumpulanDataId == round.GetProperty("id").GetInt32())));
        anggaran.ShouldBeGreaterThan(0);
        round.GetProperty("peringatan").GetArrayLength().ShouldBe(0);

        // The same quarter cannot be opened twice.
        var again = await Problem.ReadAsync(await planner.PostAsJsonAsync("/api/v1/pengumpulan", new { perangkatDaerahId = opd, tahun = 2026, triwulan = 2, batasWaktu = "2026-12-31" }));
        (again.Status, again.Errors["triwulan"][0]).ShouldBe((422, "Pengumpulan data TW II 2026 untuk perangkat daerah ini sudah dibuka."));
    }

    [Theory, BothDatabases]
    public async Task BadOpenings_AreRefusedNextToTheirField_AndOnlyThePlannerOpens(DatabaseProvider db)
    {
        var app = apps[db];
        var planner = await app.ApiAsync("kasubag.bpbd");
        var opd = await OpdIdAsync(app, "BPBD");
        var before = await app.DbAsync(d => d.PengumpulanData.CountAsync());

        var tw5 = await Problem.ReadAsync(await planner.PostAsJsonAsync("/api/v1/pengumpulan", new { perangkatDaerahId = opd, tahun = 2027, triwulan = 5, batasWaktu = "2027-12-31" }));
        tw5.Errors["triwulan"].ShouldBe(["Triwulan harus 1 sampai 4."]);
        var past = await Problem.ReadAsync(await planner.PostAsJsonAsync("/api/v1/pengumpulan", new { perangkatDaerahId = opd, tahun = 2027, triwulan = 1, batasWaktu = "2026-12-31", dibuka = "2027-01-05" }));
        past.Errors["batasWaktu"].ShouldBe(["Batas waktu harus setelah tanggal pembukaan."]);
        var staff = await (await app.ApiAsync("pelaksana.bpbd")).PostAsJsonAsync("/api/v1/pengumpulan", new { perangkatDaerahId = opd, tahun = 2027, triwulan = 1, batasWaktu = "2027-12-31" });
        staff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.DbAsync(d => d.PengumpulanData.CountAsync())).ShouldBe(before);
    }

    [Theory, BothDatabases]
    public async Task TheRound_IsLockedOnlyWhenEveryFormIsVerified(DatabaseProvider db)
    {
        var app = apps[db];
        var planner = await app.ApiAsync("kasubag.bpbd");
        var round = await OpenFreeAsync(app, planner, "BPBD");
        var id = round.GetProperty("id").GetInt32();
        var refused = await Problem.ReadAsync(await planner.PostAsJsonAsync($"/api/v1/pengumpulan/{id}/kunci", new { version = round.GetProperty("version").GetInt32() }));
        refused.Detail.ShouldStartWith($"Masih ada {round.GetProperty("formatDataKinerja").GetArrayLength()} formulir yang belum diverifikasi");

        await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.PengumpulanDataId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, Domain.Pengumpulan.FormatStatus.Terkunci)));
        var locked = await JsonAsync(await planner.PostAsJsonAsync($"/api/v1/pengumpulan/{id}/kunci", new { version = round.GetProperty("version").GetInt32() }));
        locked.GetProperty("dikunciUtc").ValueKind.ShouldBe(JsonValueKind.String);
        var list = await JsonAsync(await planner.GetAsync("/api/v1/pengumpulan"));
        list.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id).GetProperty("terkunci").GetBoolean().ShouldBeTrue();
    }
}
