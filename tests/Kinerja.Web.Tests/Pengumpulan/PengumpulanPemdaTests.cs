using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.PemdaFixture;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>
/// Banggai's Pemda-wide round: Bappeda opens it, each OPD's form carries its IKU, the OPD's locked quarter is
/// copied in (never an unlocked one), the OPD's Kasubag submits and Bappeda verifies.
/// </summary>
[Collection("web")]
public class PengumpulanPemdaTests(TestApps apps)
{
    private const string Bappeda = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", Dinkes = "Dinas Kesehatan Banggai (uji)";

    [Theory, BothDatabases]
    public async Task OnlyThePlanningAgencysLeadersOrTheAdminPemda_OpenIt(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureOpdAsync(app);
        var slot = await FreeSlotAsync(app);
        var banggai = await app.DbAsync(d => d.Pemda.Where(p => p.Kode == "7201").Select(p => p.Id).SingleAsync());
        var balangan = await app.DbAsync(d => d.Pemda.Where(p => p.Kode == "6311").Select(p => p.Id).SingleAsync());

        foreach (var user in new[] { Kasubag, "kabid.bappeda", "pelaksana.bappeda", "adminopd.bappeda" })
        {
            var refused = await Problem.ReadAsync(await (await app.ApiAsync(user)).PostAsJsonAsync("/api/v1/pengumpulan/pemda", OpenBody(slot, banggai)));
            refused.Status.ShouldBe(403, user);
            refused.Detail.ShouldContain("Bappeda");
        }
        // A Balangan OPD's Kasubag: its own Pemda has no planning agency it belongs to (403); Banggai it cannot see (404).
        var bpbd = await app.ApiAsync("kasubag.bpbd");
        (await bpbd.PostAsJsonAsync("/api/v1/pengumpulan/pemda", OpenBody(slot, balangan))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bpbd.PostAsJsonAsync("/api/v1/pengumpulan/pemda", OpenBody(slot, banggai))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.DbAsync(d => d.PengumpulanData.CountAsync(r => r.PerangkatDaerahId == null && r.Tahun == slot.Tahun && r.Triwulan == slot.Triwulan && r.PemdaId == banggai)))
            .ShouldBe(0);

        // Bappeda's Kasubbid Data opens it (the Pemda is its own, so it need not be named).
        var round = await JsonAsync(await (await app.ApiAsync("kasubag.bappeda")).PostAsJsonAsync("/api/v1/pengumpulan/pemda", OpenBody(slot)), HttpStatusCode.Created);
        round.GetProperty("perangkatDaerahId").ValueKind.ShouldBe(JsonValueKind.Null);
        var forms = round.GetProperty("formatDataKinerja").EnumerateArray().ToDictionary(f => f.GetProperty("unit").GetString()!, f => f.GetProperty("jumlahIndikator").GetInt32());
        forms.ShouldBe(new Dictionary<string, int> { [Bappeda] = 2, [Dinkes] = 1 }, ignoreOrder: true);
        var stored = await app.DbAsync(d => d.FormatIndikator.Where(r => r.FormatDataKinerjaId == FormatOf(round, Dinkes)).Select(r => r.Indikator.Kode).ToListAsync());
        stored.ShouldBe(["IKU-1"]);

        var twice = await Problem.ReadAsync(await (await app.ApiAsync("kepala.bappeda")).PostAsJsonAsync("/api/v1/pengumpulan/pemda", OpenBody(slot)));
        (twice.Status, twice.Detail.Contains("sudah dibuka")).ShouldBe((422, true));

        var next = await FreeSlotAsync(app);
        (await (await app.ApiAsync("admin.banggai")).PostAsJsonAsync("/api/v1/pengumpulan/pemda", OpenBody(next))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory, BothDatabases]
    public async Task TheRecap_IsRefusedUntilTheOpdRoundIsLocked_ThenCopiesItsVerifiedValuesAndEvidence(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureOpdAsync(app);
        var slot = await FreeSlotAsync(app);
        var round = await JsonAsync(await (await app.ApiAsync("kasubag.bappeda")).PostAsJsonAsync("/api/v1/pengumpulan/pemda", OpenBody(slot)), HttpStatusCode.Created);
        var formId = FormatOf(round, Dinkes);
        var kasubag = await app.ApiAsync(Kasubag);
        var url = $"/api/v1/format-data/{formId}/ambil-rekap";

        var notOpened = await Problem.ReadAsync(await kasubag.PostAsync(url, null));
        (notOpened.Status, notOpened.Detail).ShouldBe((422, $"Pengumpulan data TW {Roman(slot.Triwulan)} {slot.Tahun} {Dinkes} belum dibuka; rekap belum dapat diambil."));

        var opdRound = await LockedOpdRoundAsync(app, slot, locked: false);
        var notLocked = await Problem.ReadAsync(await kasubag.PostAsync(url, null));
        notLocked.Status.ShouldBe(422);
        notLocked.Detail.ShouldContain("belum dikunci");
        (await app.DbAsync(d => d.FormatIndikator.Where(r => r.FormatDataKinerjaId == formId).Select(r => r.Realisasi).SingleAsync())).ShouldBeNull();
        // Outsiders: another Pemda's Kasubag does not even see the form.
        (await (await app.ApiAsync("kasubag.bpbd")).PostAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await app.DbAsync(async d =>
        {
            d.Entry(await d.FormatDataKinerja.SingleAsync(f => f.PengumpulanDataId == opdRound)).Property(f => f.Status).CurrentValue = Kinerja.Domain.Pengumpulan.FormatStatus.Terkunci;
            d.Entry(await d.PengumpulanData.SingleAsync(r => r.Id == opdRound)).Property(r => r.DikunciUtc).CurrentValue = DateTime.UtcNow;
            return await d.SaveChangesAsync();
        });
        // Bappeda may pull it as well as the OPD itself.
        var form = await JsonAsync(await (await app.ApiAsync("kasubag.bappeda")).PostAsync(url, null));
        var row = Row(form, "IKU-1");
        row.GetProperty("realisasi").GetDecimal().ShouldBe(87.5m);
        (row.GetProperty("faktorPendukung").GetString(), row.GetProperty("tindakLanjut").GetString()).ShouldBe(("Kader posyandu aktif", "Sweeping imunisasi di desa terpencil"));
        row.GetProperty("bukti").EnumerateArray().Select(b => b.GetProperty("namaFile").GetString()).ShouldBe(["laporan-imunisasi.pdf"]);
        form.GetProperty("indikator").GetArrayLength().ShouldBe(1);

        var stored = await app.DbAsync(d => d.FormatIndikator.Include(r => r.Bukti).SingleAsync(r => r.FormatDataKinerjaId == formId));
        (stored.Realisasi, stored.Bukti.Single().Sha256).ShouldBe((87.5m, new string('a', 64)));
        var audit = await JsonAsync(await kasubag.GetAsync($"/api/v1/format-data/{formId}/riwayat-nilai?baris=indikator:{stored.Id}"));
        var change = audit.EnumerateArray().Last(h => h.GetProperty("field").GetString() == "Realisasi");
        (change.GetProperty("userName").GetString(), change.GetProperty("alasan").GetString()).ShouldBe(("kasubag.bappeda", $"Rekap diambil dari pengumpulan data TW {Roman(slot.Triwulan)} {slot.Tahun} yang sudah dikunci"));

        // Taken twice, nothing doubles.
        form = await JsonAsync(await kasubag.PostAsync(url, null));
        Row(form, "IKU-1").GetProperty("bukti").GetArrayLength().ShouldBe(1);
    }

    [Theory, BothDatabases]
    public async Task OpeningAfterTheOpdLocked_CopiesAtOnce_AndTheOpdsKasubagSubmits_AndBappedaVerifies(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureOpdAsync(app);
        var slot = await FreeSlotAsync(app);
        await LockedOpdRoundAsync(app, slot);
        var bappeda = await app.ApiAsync("kasubag.bappeda");
        var round = await JsonAsync(await bappeda.PostAsJsonAsync("/api/v1/pengumpulan/pemda", OpenBody(slot)), HttpStatusCode.Created);
        var url = $"/api/v1/format-data/{FormatOf(round, Dinkes)}";
        var kasubag = await app.ApiAsync(Kasubag);

        var form = await JsonAsync(await kasubag.GetAsync(url));
        Row(form, "IKU-1").GetProperty("realisasi").GetDecimal().ShouldBe(87.5m);
        form.GetProperty("hak").GetProperty("isi").GetBoolean().ShouldBeTrue();
        // Bappeda verifies the OPD's recap but does not type the OPD's numbers; another OPD does not see it at all.
        (await bappeda.PutAsJsonAsync(url, Fix(form, "IKU-1", 1, "x"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await kasubag.GetAsync($"/api/v1/format-data/{FormatOf(round, Bappeda)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("kasubag.bpbd")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        form = await JsonAsync(await kasubag.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form), konfirmasi = true }));
        form.GetProperty("status").GetString().ShouldBe("MenungguVerifikasi");
        // Nobody in the OPD judges the Pemda form: not its own Kasubag, not Bappeda's Kabid.
        (await kasubag.PostAsJsonAsync($"{url}/verifikasi", new { version = Version(form) })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync("kabid.bappeda")).PostAsJsonAsync($"{url}/verifikasi", new { version = Version(form) })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var kabidStep = await Problem.ReadAsync(await bappeda.PostAsJsonAsync($"{url}/setujui", new { version = Version(form) }));
        kabidStep.Status.ShouldBe(422);

        form = await JsonAsync(await bappeda.PostAsJsonAsync($"{url}/kembalikan", new { version = Version(form), catatan = "Lampirkan laporan bulan ketiga" }));
        form.GetProperty("status").GetString().ShouldBe("Dikembalikan");
        form = await JsonAsync(await kasubag.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form), konfirmasi = true }));
        form = await JsonAsync(await bappeda.PostAsJsonAsync($"{url}/verifikasi", new { version = Version(form) }));
        form.GetProperty("status").GetString().ShouldBe("Terkunci");

        var steps = form.GetProperty("riwayat").EnumerateArray().Select(h => (h.GetProperty("aksi").GetString(), h.GetProperty("userName").GetString())).ToList();
        steps.ShouldBe([("Ajukan", Kasubag), ("Kembalikan", "kasubag.bappeda"), ("Ajukan", Kasubag), ("Verifikasi", "kasubag.bappeda")]);
        var stored = await app.DbAsync(d => d.FormatDataKinerja.SingleAsync(f => f.Id == FormatOf(round, Dinkes)));
        (stored.Status, stored.DiisiPerencanaan, stored.DiajukanOleh).ShouldBe((Kinerja.Domain.Pengumpulan.FormatStatus.Terkunci, false, Kasubag));

        // The overview: Bappeda sees every OPD of the round, the OPD only its own row.
        var all = await JsonAsync(await bappeda.GetAsync($"/api/v1/pengumpulan/pemda?tahun={slot.Tahun}"));
        var mine = all.EnumerateArray().Where(r => r.GetProperty("pengumpulanId").GetInt32() == round.GetProperty("id").GetInt32()).ToList();
        mine.Select(r => r.GetProperty("opd").GetString()).ShouldBe([Bappeda, Dinkes], ignoreOrder: true);
        var dinkesRow = mine.Single(r => r.GetProperty("opd").GetString() == Dinkes);
        (dinkesRow.GetProperty("formatStatus").GetString(), dinkesRow.GetProperty("opdPengumpulanDikunciUtc").ValueKind).ShouldBe(("Terkunci", JsonValueKind.String));
        var own = await JsonAsync(await kasubag.GetAsync($"/api/v1/pengumpulan/pemda?tahun={slot.Tahun}"));
        own.EnumerateArray().Select(r => r.GetProperty("opd").GetString()).Distinct().ShouldBe([Dinkes]);
    }

    [Theory, BothDatabases]
    public async Task ThePage_ShowsEachOpdsRounds_AndOpensAQuarter(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureOpdAsync(app);
        var slot = await FreeSlotAsync(app);
        var page = await app.PagesAsync("kasubag.bappeda");
        var html = await page.GetStringAsync($"/Pengumpulan/Pemda?tahun={slot.Tahun}");
        html.ShouldContain("Buka pengumpulan data tingkat Pemda");
        var posted = await Forms.PostAsync(page, $"/Pengumpulan/Pemda?tahun={slot.Tahun}", new()
        {
            ["Input.Tahun"] = slot.Tahun.ToString(), ["Input.Triwulan"] = slot.Triwulan.ToString(),
            ["Input.BatasWaktu"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd"),
        });
        ((int)posted.StatusCode).ShouldBe(302);
        html = await page.GetStringAsync($"/Pengumpulan/Pemda?tahun={slot.Tahun}");
        html.ShouldContain(Dinkes);
        html.ShouldContain($"TW {Roman(slot.Triwulan)} {slot.Tahun}");
        html.ShouldContain("Belum dibuka");

        // An ordinary OPD's Kasubag reads its own row but gets no button to open a round.
        var other = await (await app.PagesAsync(Kasubag)).GetStringAsync($"/Pengumpulan/Pemda?tahun={slot.Tahun}");
        other.ShouldNotContain("Buka pengumpulan data tingkat Pemda");
        other.ShouldNotContain(Bappeda);
    }

    private static string Roman(int q) => q switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
