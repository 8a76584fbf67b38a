using System.Text.Json;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Features.Pengumpulan;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Sop;

/// <summary>
/// Running an agency's SOP alongside a collection round, on an app of its own whose clock the test sets: Monday
/// 7 February 2028, 09:00 WITA, inside office hours, so a step finished 40 minutes after it started is late by
/// exactly 25 office minutes against its 15-minute standard. BPKPAD 2028 rounds belong to these tests.
/// </summary>
[Collection("web")]
public class SopPelaksanaanTests(TestApps apps)
{
    private static readonly DateTimeOffset Monday0900Wita = new(2028, 2, 7, 1, 0, 0, TimeSpan.Zero);

    private async Task<(KinerjaApp App, TestClock Clock)> TimedAppAsync(DatabaseProvider provider)
    {
        var cs = provider == DatabaseProvider.Postgres ? await apps.Postgres.CreateDatabaseAsync("sopjalan") : null;
        var clock = new TestClock(Monday0900Wita);
        var app = apps.NewApp(provider, cs, time: clock);
        _ = app.Server;
        return (app, clock);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        r.StatusCode.ShouldBe(expected, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Active(JsonElement instance) =>
        instance.GetProperty("langkah").EnumerateArray().Single(s => s.GetProperty("selesaiUtc").ValueKind == JsonValueKind.Null);

    private static object Finish(JsonElement step, string? keputusan = null, string? output = null) =>
        new { version = step.GetProperty("version").GetInt32(), keputusan, outputNama = output };

    private static async Task<int> OpdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    private static async Task<JsonElement> OpenRoundAsync(KinerjaApp app, string planner, string opdKode, int triwulan)
    {
        var client = await app.ApiAsync(planner);
        return await JsonAsync(await client.PostAsJsonAsync("/api/v1/pengumpulan", new
        {
            perangkatDaerahId = await OpdAsync(app, opdKode), tahun = 2028, triwulan, batasWaktu = "2028-04-30",
        }), HttpStatusCode.Created);
    }

    private static async Task<JsonElement> InstanceOfRoundAsync(KinerjaApp app, HttpClient client, int roundId)
    {
        var list = await JsonAsync(await client.GetAsync($"/api/v1/sop-pelaksanaan?pengumpulanDataId={roundId}"));
        list.GetArrayLength().ShouldBe(1);
        return await JsonAsync(await client.GetAsync($"/api/v1/sop-pelaksanaan/{list[0].GetProperty("id").GetInt32()}"));
    }

    /// <summary>The Sekretaris of BPKPAD is away: a new account holds the seat as Plt from today; the definitive holder's assignment ended yesterday.</summary>
    private static async Task MakePltSekretarisAsync(KinerjaApp app, TestClock clock)
    {
        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime.AddHours(8));
        await app.DbAsync(async db =>
        {
            var a = await db.JabatanAssignments.SingleAsync(x => x.User.UserName == "sekretaris.bpkpad");
            a.EndDate = today.AddDays(-1);
            return await db.SaveChangesAsync();
        });
        var admin = await app.ApiAsync("adminopd.bpkpad");
        var user = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "plt.sekretaris.bpkpad", fullName = "Rahmah Plt Sekretaris", password = "Pltsek#2028", perangkatDaerahId = await OpdAsync(app, "BPKPAD"),
        }), HttpStatusCode.Created);
        var jabatan = await app.DbAsync(db => db.Jabatan.Where(j => j.Kode == "BPKPAD-SEKRETARIS").Select(j => j.Id).SingleAsync());
        // A Sekretaris signs: only the Admin Pemda assigns that jabatan (separation of duties).
        var pemda = await app.ApiAsync("admin");
        await JsonAsync(await pemda.PostAsJsonAsync($"/api/v1/users/{user.GetProperty("id").GetString()}/assignments", new
        {
            jabatanId = jabatan, isPlt = true, startDate = today.ToString("yyyy-MM-dd"), endDate = today.AddDays(60).ToString("yyyy-MM-dd"),
        }), HttpStatusCode.Created);
    }

    [Theory, BothDatabases]
    public async Task OpeningARound_StartsTheSop_StepsGoToTheirHolders_AndALateStepShowsInTheComplianceReport(DatabaseProvider provider)
    {
        var (app, clock) = await TimedAppAsync(provider);
        await using var _ = app;
        await MakePltSekretarisAsync(app, clock);

        var round = await OpenRoundAsync(app, "kasubag.bpkpad", "BPKPAD", 1);
        var plt = await app.ApiAsync("plt.sekretaris.bpkpad", "Pltsek#2028");
        var instance = await InstanceOfRoundAsync(app, plt, round.GetProperty("id").GetInt32());
        var id = instance.GetProperty("ringkasan").GetProperty("id").GetInt32();

        // Step 1 (Sekretaris, 15 menit) is active and went to the Plt, due 15 office minutes later.
        var step1 = Active(instance);
        (step1.GetProperty("stepNo").GetInt32(), step1.GetProperty("waktuBaku").GetString()).ShouldBe((1, "15 menit"));
        var petugas = step1.GetProperty("petugas").EnumerateArray().Single();
        (petugas.GetProperty("userName").GetString(), petugas.GetProperty("isPlt").GetBoolean()).ShouldBe(("plt.sekretaris.bpkpad", true));
        step1.GetProperty("jatuhTempoUtc").GetDateTime().ShouldBe(Monday0900Wita.UtcDateTime.AddMinutes(15));
        step1.GetProperty("kelengkapan").EnumerateArray().Select(k => k.GetProperty("nama").GetString()).ShouldBe(["Rencana Aksi", "PK"]);

        // The Sekretaris whose assignment ended no longer sees BPKPAD at all; the Kasubag sees the run but does not work step 1.
        var ended = await (await app.ApiAsync("sekretaris.bpkpad")).PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step1.GetProperty("id").GetInt32()}/selesai", Finish(step1));
        ended.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var kasubag = await app.ApiAsync("kasubag.bpkpad");
        var notHis = await Problem.ReadAsync(await kasubag.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step1.GetProperty("id").GetInt32()}/selesai", Finish(step1)));
        (notHis.Status, notHis.Detail).ShouldBe((403, "Langkah 1 dikerjakan oleh Sekretaris; Anda tidak memangku jabatan itu."));

        // Kelengkapan: an item ticked with a link to the document; a script link is refused.
        var ra = step1.GetProperty("kelengkapan")[0];
        var bad = await Problem.ReadAsync(await plt.PutAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step1.GetProperty("id").GetInt32()}/kelengkapan/{ra.GetProperty("id").GetInt32()}",
            new { ada = true, version = ra.GetProperty("version").GetInt32(), tautan = "javascript:alert(1)" }));
        bad.Errors["tautan"].ShouldBe(["Tautan harus alamat web (http/https) atau alamat di Kinerja yang diawali \"/\"."]);
        await JsonAsync(await plt.PutAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step1.GetProperty("id").GetInt32()}/kelengkapan/{ra.GetProperty("id").GetInt32()}",
            new { ada = true, version = ra.GetProperty("version").GetInt32(), dokumenNama = "Rencana Aksi 2028", tautan = "/Perencanaan/Pk" }));
        var stored = await app.DbAsync(db => db.SopStepKelengkapan.SingleAsync(k => k.Id == ra.GetProperty("id").GetInt32()));
        (stored.Ada, stored.Tautan, stored.DicentangOleh).ShouldBe((true, "/Perencanaan/Pk", "plt.sekretaris.bpkpad"));

        // Disposisi: to the Kasubag (an actor) is accepted; to another OPD's Kasubag or to BPKPAD's Admin OPD (no SOP role) refused.
        var outsider = await Problem.ReadAsync(await plt.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/disposisi",
            new { langkahId = step1.GetProperty("id").GetInt32(), kepadaUserName = "kasubag.bpbd", instruksi = "Rekap" }));
        (outsider.Status, outsider.Errors["kepadaUserName"][0]).ShouldBe((422, "Disposisi ditolak: \"kasubag.bpbd\" bukan pelaksana SOP ini di perangkat daerah ini."));
        (await Problem.ReadAsync(await plt.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/disposisi",
            new { langkahId = step1.GetProperty("id").GetInt32(), kepadaUserName = "adminopd.bpkpad", instruksi = "Rekap" }))).Status.ShouldBe(422);
        var disposisi = await JsonAsync(await plt.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/disposisi", new
        {
            langkahId = step1.GetProperty("id").GetInt32(), kepadaUserName = "kasubag.bpkpad", instruksi = "Kumpulkan laporan kinerja TW I dari setiap bidang",
            lampiran = new[] { new { nama = "Rencana Aksi 2028", tautan = "/Perencanaan/Pk" } },
        }), HttpStatusCode.Created);
        (await app.DbAsync(db => db.Disposisi.CountAsync(d => d.SopInstanceId == id))).ShouldBe(1);

        // The paraf is the recipient's: the Kabid is refused, the Kasubag initials it and the time is stamped.
        var did = disposisi.GetProperty("id").GetInt32();
        var wrong = await Problem.ReadAsync(await (await app.ApiAsync("kabid.bpkpad")).PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/disposisi/{did}/paraf", new { version = 0 }));
        wrong.Status.ShouldBe(403);
        wrong.Detail.ShouldStartWith("Paraf ditolak: disposisi ini hanya dapat diparaf oleh penerimanya");
        clock.Advance(TimeSpan.FromMinutes(5));
        await JsonAsync(await kasubag.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/disposisi/{did}/paraf", new { version = 0 }));
        var paraf = await app.DbAsync(db => db.Disposisi.SingleAsync(d => d.Id == did));
        (paraf.ParafOleh, paraf.ParafUtc, paraf.JenisParaf, paraf.DariJabatan).ShouldBe(("kasubag.bpkpad", Monday0900Wita.UtcDateTime.AddMinutes(5), Features.Sop.Pelaksanaan.JenisParaf.Paraf, "Plt. Sekretaris BPKPAD"));

        // Step 1 finished 40 minutes after it started: 25 minutes late. A stale version is a 409 and changes nothing.
        clock.Advance(TimeSpan.FromMinutes(35));
        (await plt.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step1.GetProperty("id").GetInt32()}/selesai", new { version = 7 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var afterDecisionRefusal = await Problem.ReadAsync(await plt.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step1.GetProperty("id").GetInt32()}/selesai", Finish(step1, "Ya")));
        afterDecisionRefusal.Errors["keputusan"].ShouldBe(["Langkah 1 bukan langkah keputusan; Ya/Tidak tidak berlaku."]);
        instance = await JsonAsync(await plt.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step1.GetProperty("id").GetInt32()}/selesai", Finish(step1, output: "Disposisi Sekretaris")));
        var done1 = instance.GetProperty("langkah").EnumerateArray().Single(s => s.GetProperty("stepNo").GetInt32() == 1);
        (done1.GetProperty("terlambat").GetBoolean(), done1.GetProperty("keterlambatan").GetInt32(), done1.GetProperty("keterlambatanTeks").GetString(), done1.GetProperty("aktual").GetInt32())
            .ShouldBe((true, 25, "25 menit", 40));

        // Step 2 (Kasubag, 30 menit) is now active with the Kasubag; finished after 20 minutes it is on time.
        var step2 = Active(instance);
        (step2.GetProperty("stepNo").GetInt32(), step2.GetProperty("petugas")[0].GetProperty("userName").GetString()).ShouldBe((2, "kasubag.bpkpad"));
        clock.Advance(TimeSpan.FromMinutes(20));
        instance = await JsonAsync(await kasubag.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step2.GetProperty("id").GetInt32()}/selesai", Finish(step2)));
        var step3 = Active(instance);
        (step3.GetProperty("stepNo").GetInt32(), step3.GetProperty("petugas")[0].GetProperty("userName").GetString()).ShouldBe((3, "pelaksana.bpkpad"));
        var rows = await app.DbAsync(db => db.SopInstanceStep.Where(s => s.SopInstanceId == id).OrderBy(s => s.StepNo).ToListAsync());
        rows.Select(r => (r.StepNo, r.SelesaiOleh, r.OutputNama)).ShouldBe([(1, "plt.sekretaris.bpkpad", "Disposisi Sekretaris"), (2, "kasubag.bpkpad", "Lembar Disposisi"), (3, null, null)]);

        // The compliance report of 2028: two finished steps, one on time; step 1 late by exactly 25 minutes.
        var sopId = instance.GetProperty("ringkasan").GetProperty("sopDokumenId").GetInt32();
        var report = await JsonAsync(await kasubag.GetAsync($"/api/v1/sop-pelaksanaan/kepatuhan?sopId={sopId}&tahun=2028"));
        (report.GetProperty("jumlahLangkah").GetInt32(), report.GetProperty("tepatWaktu").GetInt32(), report.GetProperty("persenTepatWaktu").GetDecimal()).ShouldBe((2, 1, 50.0m));
        var late = report.GetProperty("terlambat").EnumerateArray().Single();
        (late.GetProperty("stepNo").GetInt32(), late.GetProperty("keterlambatanTerbesar").GetInt32(), late.GetProperty("rataRataKeterlambatanTeks").GetString()).ShouldBe((1, 25, "25 menit"));
        var total = report.GetProperty("total").EnumerateArray().Single();
        (total.GetProperty("aktual").GetInt32(), total.GetProperty("standar").GetInt32()).ShouldBe((60, 45));
        // Another year has nothing.
        (await JsonAsync(await kasubag.GetAsync($"/api/v1/sop-pelaksanaan/kepatuhan?sopId={sopId}&tahun=2027"))).GetProperty("jumlahLangkah").GetInt32().ShouldBe(0);

        // The timeline shows every SOP step, with runs where the flow has been.
        var timeline = await JsonAsync(await kasubag.GetAsync($"/api/v1/sop-pelaksanaan/{id}/timeline"));
        timeline.GetProperty("baris").GetArrayLength().ShouldBe(9);
        timeline.GetProperty("baris")[0].GetProperty("runs")[0].GetProperty("terlambat").GetBoolean().ShouldBeTrue();
        timeline.GetProperty("baris")[5].GetProperty("runs").GetArrayLength().ShouldBe(0);

        // The pages: the timeline marks step 1 late, the lembar disposisi carries the paraf, the report names the step.
        var pages = await app.PagesAsync("kasubag.bpkpad");
        var tl = await Forms.GetDocumentAsync(pages, $"/Sop/Pelaksanaan/Timeline?id={id}");
        tl.QuerySelectorAll("[data-testid=bar-aktual].terlambat").Length.ShouldBe(1);
        var sheet = await Forms.GetDocumentAsync(pages, $"/Sop/Pelaksanaan/LembarDisposisi?id={did}");
        sheet.QuerySelector("[data-testid=paraf]")!.TextContent.ShouldContain("07-02-2028 09:05");
        sheet.QuerySelector("[data-testid=instruksi]")!.TextContent.Trim().ShouldBe("Kumpulkan laporan kinerja TW I dari setiap bidang");
        var kp = await Forms.GetDocumentAsync(pages, $"/Sop/Pelaksanaan/Kepatuhan?sopId={sopId}&tahun=2028");
        kp.QuerySelector("[data-testid=terlambat] tr[data-step='1']")!.TextContent.ShouldContain("25 menit");

        // In the page, a disposisi without an instruction is refused next to its field, and nothing is stored.
        var staff = await app.PagesAsync("pelaksana.bpkpad");
        var refused = await Forms.ParseAsync(await Forms.PostAsync(staff, $"/Sop/Pelaksanaan/Detail?id={id}",
            new() { ["langkahId"] = step3.GetProperty("id").GetInt32().ToString(), ["kepadaUserName"] = "kasubag.bpkpad", ["instruksi"] = " " }, handler: "Disposisi"));
        Forms.FieldError(refused, "instruksi").ShouldBe("Instruksi wajib diisi.");
        (await app.DbAsync(db => db.Disposisi.CountAsync(d => d.SopInstanceId == id))).ShouldBe(1);

        // Step 3 (2 menit) left open for 10 minutes is overdue, and the list counts two steps needing attention.
        clock.Advance(TimeSpan.FromMinutes(10));
        var open3 = Active(await JsonAsync(await kasubag.GetAsync($"/api/v1/sop-pelaksanaan/{id}")));
        (open3.GetProperty("lewatTenggat").GetBoolean(), open3.GetProperty("keterlambatan").GetInt32()).ShouldBe((true, 8));
        (await JsonAsync(await kasubag.GetAsync("/api/v1/sop-pelaksanaan")))[0].GetProperty("langkahTerlambat").GetInt32().ShouldBe(2);
    }

    [Theory, BothDatabases]
    public async Task ADecision_FollowsItsBranch_ARefusedParafLoopsBack_AndARoundWithoutARunIsStartedByHand(DatabaseProvider provider)
    {
        var (app, clock) = await TimedAppAsync(provider);
        await using var _ = app;

        // PUPRPERKIM: 1 staf → 2 Kasubag → 3 paraf Kasubag/Sekdin (Tidak → 2, Ya → 4 Kadis).
        var round = await OpenRoundAsync(app, "kasubag.puprperkim", "PUPRPERKIM", 1);
        var staf = await app.ApiAsync("pelaksana.puprperkim");
        var kasubag = await app.ApiAsync("kasubag.puprperkim");
        var instance = await InstanceOfRoundAsync(app, kasubag, round.GetProperty("id").GetInt32());
        var id = instance.GetProperty("ringkasan").GetProperty("id").GetInt32();
        async Task<JsonElement> FinishAsync(HttpClient who, string? keputusan = null)
        {
            var step = Active(instance);
            clock.Advance(TimeSpan.FromMinutes(5));
            return instance = await JsonAsync(await who.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{step.GetProperty("id").GetInt32()}/selesai", Finish(step, keputusan)));
        }

        await FinishAsync(staf);
        await FinishAsync(kasubag);
        var decision = Active(instance);
        (decision.GetProperty("stepNo").GetInt32(), decision.GetProperty("isDecision").GetBoolean()).ShouldBe((3, true));
        var noOutcome = await Problem.ReadAsync(await kasubag.PostAsJsonAsync($"/api/v1/sop-pelaksanaan/{id}/langkah/{decision.GetProperty("id").GetInt32()}/selesai", Finish(decision)));
        noOutcome.Errors["keputusan"].ShouldBe(["Langkah 3 adalah keputusan: pilih Ya atau Tidak."]);

        await FinishAsync(kasubag, "Tidak");
        var back = Active(instance);
        (back.GetProperty("stepNo").GetInt32(), back.GetProperty("putaran").GetInt32()).ShouldBe((2, 2));
        await FinishAsync(kasubag);
        await FinishAsync(await app.ApiAsync("sekretaris.puprperkim"), "Ya");
        var kadis = Active(instance);
        (kadis.GetProperty("stepNo").GetInt32(), kadis.GetProperty("petugas")[0].GetProperty("userName").GetString()).ShouldBe((4, "kepala.puprperkim"));
        var path = await app.DbAsync(db => db.SopInstanceStep.Where(s => s.SopInstanceId == id).OrderBy(s => s.Id).Select(s => new { s.StepNo, s.Keputusan }).ToListAsync());
        path.Select(p => p.StepNo).ShouldBe([1, 2, 3, 2, 3, 4]);
        path[2].Keputusan.ShouldBe(Domain.Sop.Keputusan.Tidak);

        // A BPKPAD round created without a run (as before this feature): its planner starts the SOP by hand, once.
        var opd = await OpdAsync(app, "BPKPAD");
        var bare = await app.DbAsync(async db =>
        {
            var r = new PengumpulanData
            {
                PemdaId = await db.PerangkatDaerah.Where(o => o.Id == opd).Select(o => o.PemdaId).SingleAsync(), PerangkatDaerahId = opd,
                Tahun = 2028, Triwulan = 2, DibukaUtc = clock.Now.UtcDateTime, BatasWaktuUtc = clock.Now.UtcDateTime.AddDays(30), DibukaOleh = "uji",
            };
            db.PengumpulanData.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        (await (await app.ApiAsync("pelaksana.bpkpad")).PostAsJsonAsync("/api/v1/sop-pelaksanaan", new { pengumpulanDataId = bare })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var planner = await app.ApiAsync("kasubag.bpkpad");
        var started = await JsonAsync(await planner.PostAsJsonAsync("/api/v1/sop-pelaksanaan", new { pengumpulanDataId = bare }), HttpStatusCode.Created);
        Active(started).GetProperty("petugas")[0].GetProperty("userName").GetString().ShouldBe("sekretaris.bpkpad");
        var twice = await Problem.ReadAsync(await planner.PostAsJsonAsync("/api/v1/sop-pelaksanaan", new { pengumpulanDataId = bare }));
        twice.Errors["pengumpulanDataId"].ShouldBe(["SOP untuk pengumpulan data ini sudah berjalan."]);
        (await app.DbAsync(db => db.SopInstance.CountAsync(i => i.PengumpulanDataId == bare))).ShouldBe(1);

        // An OPD without an SOP still opens its round; the warnings say the SOP did not start.
        await app.DbAsync(async db =>
        {
            var bpbd = await db.PerangkatDaerah.SingleAsync(o => o.Kode == "BPBD");
            var sop = await db.SopDokumen.Include(s => s.Revisi).SingleAsync(s => s.PerangkatDaerahId == bpbd.Id);
            db.SopRevisi.RemoveRange(sop.Revisi);
            db.SopDokumen.Remove(sop);
            return await db.SaveChangesAsync();
        });
        var bpbdRound = await OpenRoundAsync(app, "kasubag.bpbd", "BPBD", 1);
        bpbdRound.GetProperty("peringatan").EnumerateArray().Select(w => w.GetString())
            .ShouldContain("Perangkat daerah ini belum memiliki SOP Pengumpulan Data Kinerja; pelaksanaan SOP tidak dimulai.");
    }
}
