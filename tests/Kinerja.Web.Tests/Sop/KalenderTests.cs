using System.Text.Json;
using Kinerja.Domain.Sop;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Sop;

/// <summary>
/// Balangan's working-day calendar, on an app of its own (its changes would move other tests' due moments): the Admin
/// Pemda edits holidays and office hours, others of the Pemda read, outsiders are refused, stale edits are 409, and an
/// SOP step opened after a holiday is added is due a working day later. BPBD 2028 TW I and II belong to these tests.
/// </summary>
[Collection("web")]
public class KalenderTests(TestApps apps)
{
    /// <summary>Monday 7 February 2028, 15:50 WITA: ten office minutes before closing.</summary>
    private static readonly DateTimeOffset Monday1550Wita = new(2028, 2, 7, 7, 50, 0, TimeSpan.Zero);

    private async Task<KinerjaApp> OwnAppAsync(DatabaseProvider provider)
    {
        var cs = provider == DatabaseProvider.Postgres ? await apps.Postgres.CreateDatabaseAsync("kalender") : null;
        var app = apps.NewApp(provider, cs, time: new TestClock(Monday1550Wita));
        _ = app.Server;
        return app;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        r.StatusCode.ShouldBe(expected, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<int> BalanganAsync(KinerjaApp app) => app.DbAsync(db => db.Pemda.Where(p => p.Kode == "6311").Select(p => p.Id).SingleAsync());

    private static object Week(int version, string fridayEnd) => new
    {
        version,
        jamKerja = new[]
        {
            new { hari = "Monday", mulai = "07:30", selesai = "16:00" }, new { hari = "Tuesday", mulai = "07:30", selesai = "16:00" },
            new { hari = "Wednesday", mulai = "07:30", selesai = "16:00" }, new { hari = "Thursday", mulai = "07:30", selesai = "16:00" },
            new { hari = "Friday", mulai = "07:30", selesai = fridayEnd },
        },
    };

    [Theory, BothDatabases]
    public async Task AdminPemda_EditsTheCalendar_OthersRead_OutsidersAreRefused_StaleEditsAre409(DatabaseProvider provider)
    {
        await using var app = await OwnAppAsync(provider);
        var pemda = await BalanganAsync(app);
        var url = $"/api/v1/pemda/{pemda}/kalender";
        var admin = await app.ApiAsync("admin");

        // Seeded with the shipped default: the 25 days of 2026, Monday–Friday hours, nothing for 2027.
        var k2026 = await JsonAsync(await admin.GetAsync($"{url}?tahun=2026"));
        (k2026.GetProperty("tersimpan").GetBoolean(), k2026.GetProperty("hariLibur").GetArrayLength()).ShouldBe((true, 25));
        var friday = k2026.GetProperty("jamKerja").EnumerateArray().Single(j => j.GetProperty("hari").GetString() == "Friday");
        (friday.GetProperty("mulai").GetString(), friday.GetProperty("selesai").GetString()).ShouldBe(("07:30", "16:30"));
        k2026.GetProperty("jamKerja").EnumerateArray().Single(j => j.GetProperty("hari").GetString() == "Saturday").GetProperty("mulai").ValueKind.ShouldBe(JsonValueKind.Null);
        var k2027 = await JsonAsync(await admin.GetAsync($"{url}?tahun=2027"));
        (k2027.GetProperty("hariLibur").GetArrayLength(), k2027.GetProperty("tahunTanpaLibur")[0].GetInt32()).ShouldBe((0, 2027));

        // Others of the Pemda read; the Kasubag of BPBD may not change it (403), Banggai's admin does not even see it (404).
        var kasubag = await app.ApiAsync("kasubag.bpbd");
        (await kasubag.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var libur = new { tanggal = "2028-02-08", nama = "Hari Jadi Kabupaten Balangan", jenis = "LiburDaerah" };
        (await kasubag.PostAsJsonAsync($"{url}/libur", libur)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await kasubag.PutAsJsonAsync(url, Week(0, "11:00"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var banggai = await app.ApiAsync("admin.banggai");
        (await banggai.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await banggai.PostAsJsonAsync($"{url}/libur", libur)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.DbAsync(db => db.HariLiburPemda.CountAsync(h => h.PemdaId == pemda && h.Tanggal.Year == 2028))).ShouldBe(0);

        // The admin adds a local holiday; the same date twice and a date that does not exist are refused on the field.
        var added = await JsonAsync(await admin.PostAsJsonAsync($"{url}/libur", libur), HttpStatusCode.Created);
        var stored = await app.DbAsync(db => db.HariLiburPemda.SingleAsync(h => h.PemdaId == pemda && h.Tanggal == new DateOnly(2028, 2, 8)));
        (stored.Nama, stored.Jenis).ShouldBe(("Hari Jadi Kabupaten Balangan", JenisLibur.LiburDaerah));
        var twice = await Problem.ReadAsync(await admin.PostAsJsonAsync($"{url}/libur", libur with { nama = "Lagi" }));
        (twice.Status, twice.Errors["tanggal"][0]).ShouldBe((422, "Tanggal 08-02-2028 sudah tercatat sebagai hari libur (Hari Jadi Kabupaten Balangan)."));
        var badDate = await Problem.ReadAsync(await admin.PostAsJsonAsync($"{url}/libur", libur with { tanggal = "2028-02-30" }));
        (badDate.Status, badDate.Errors["tanggal"][0]).ShouldBe((422, "Tanggal '2028-02-30' tidak dikenali; tulis tanggal yang ada, misalnya 2028-02-08 atau 08-02-2028."));

        // Renaming with the version read works once; the second edit from the same stale copy is 409 and changes nothing.
        var id = added.GetProperty("id").GetInt32();
        var edit = new { tanggal = "2028-02-08", nama = "Hari Jadi Kabupaten Balangan ke-25", jenis = "LiburDaerah", version = added.GetProperty("version").GetInt32() };
        await JsonAsync(await admin.PutAsJsonAsync($"{url}/libur/{id}", edit));
        (await admin.PutAsJsonAsync($"{url}/libur/{id}", edit with { nama = "Basi" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.DbAsync(db => db.HariLiburPemda.Where(h => h.Id == id).Select(h => h.Nama).SingleAsync())).ShouldBe("Hari Jadi Kabupaten Balangan ke-25");

        // Office hours: a shorter Friday is saved; an end before the start is refused on its row; a stale version is 409.
        var version = k2026.GetProperty("version").GetInt32();
        var endFirst = await Problem.ReadAsync(await admin.PutAsJsonAsync(url, Week(version, "07:00")));
        (endFirst.Status, endFirst.Errors["jamKerja[4].selesai"][0]).ShouldBe((422, "Jam selesai hari Jumat harus setelah jam mulai (07:30)."));
        var saved = await JsonAsync(await admin.PutAsJsonAsync(url, Week(version, "11:00")));
        saved.GetProperty("version").GetInt32().ShouldBe(version + 1);
        (await admin.PutAsJsonAsync(url, Week(version, "12:00"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var hours = await app.DbAsync(db => db.JamKerjaPemda.Where(j => j.Hari == DayOfWeek.Friday && db.KalenderPemda.Any(k => k.Id == j.KalenderPemdaId && k.PemdaId == pemda)).SingleAsync());
        hours.Selesai.ShouldBe(new TimeOnly(11, 0));
        (await app.DbAsync(db => db.JamKerjaPemda.CountAsync(j => db.KalenderPemda.Any(k => k.Id == j.KalenderPemdaId && k.PemdaId == pemda)))).ShouldBe(5);

        // Removing the holiday makes the day a working day again.
        (await admin.DeleteAsync($"{url}/libur/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.DbAsync(db => db.HariLiburPemda.AnyAsync(h => h.Id == id))).ShouldBeFalse();
    }

    [Theory, BothDatabases]
    public async Task ThePage_ShowsTheYear_RefusesABadDateNextToTheField_AndOnlyTheAdminGetsTheForms(DatabaseProvider provider)
    {
        await using var app = await OwnAppAsync(provider);
        var pemda = await BalanganAsync(app);
        var admin = await app.PagesAsync("admin");

        var page2026 = await Forms.GetDocumentAsync(admin, $"/Sop/Kalender?pemda={pemda}&tahun=2026");
        page2026.QuerySelectorAll("[data-testid=hari-libur] tbody tr").Length.ShouldBe(25);
        page2026.QuerySelector("tr[data-tanggal='2026-08-17']")!.TextContent.ShouldContain("Proklamasi Kemerdekaan");
        var page2027 = await Forms.GetDocumentAsync(admin, $"/Sop/Kalender?pemda={pemda}&tahun=2027");
        page2027.QuerySelector("[data-testid=belum-diisi]")!.TextContent.ShouldContain("Hari libur 2027 belum diisi.");

        // A date that cannot be parsed is shown next to the date field, the typed name is kept, nothing is stored.
        var refused = await Forms.ParseAsync(await Forms.PostAsync(admin, $"/Sop/Kalender?pemda={pemda}&tahun=2028",
            new() { ["Libur.Tanggal"] = "31-13-2028", ["Libur.Nama"] = "Libur uji", ["Libur.Jenis"] = "LiburDaerah", ["Libur.Version"] = "0" }, handler: "Libur"));
        Forms.FieldError(refused, "Libur.Tanggal").ShouldBe("Tanggal '31-13-2028' tidak dikenali; tulis tanggal yang ada, misalnya 2028-02-08 atau 08-02-2028.");
        ((AngleSharp.Html.Dom.IHtmlInputElement)refused.QuerySelector("input[name='Libur.Nama']")!).Value.ShouldBe("Libur uji");
        (await app.DbAsync(db => db.HariLiburPemda.CountAsync(h => h.PemdaId == pemda && h.Tanggal.Year == 2028))).ShouldBe(0);

        // A good one is stored and listed under its year.
        var ok = await admin.PostAsync($"/Sop/Kalender?pemda={pemda}&tahun=2028&handler=Libur", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Libur.Tanggal"] = "2028-03-06", ["Libur.Nama"] = "Libur daerah uji", ["Libur.Jenis"] = "LiburDaerah", ["Libur.Version"] = "0",
            ["__RequestVerificationToken"] = ((AngleSharp.Html.Dom.IHtmlInputElement)page2027.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
        }));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page2028 = await Forms.GetDocumentAsync(admin, $"/Sop/Kalender?pemda={pemda}&tahun=2028");
        page2028.QuerySelector("tr[data-tanggal='2028-03-06']")!.TextContent.ShouldContain("Libur daerah uji");

        // Office hours with the end before the start: the message stands on Friday's row; a stale version says so at the top.
        var hours = new Dictionary<string, string> { ["Jam.Version"] = "0" };
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        for (var i = 0; i < 7; i++)
        {
            hours[$"Jam.JamKerja[{i}].Hari"] = days[i];
            hours[$"Jam.JamKerja[{i}].Mulai"] = i < 5 ? "07:30" : "";
            hours[$"Jam.JamKerja[{i}].Selesai"] = i < 4 ? "16:00" : i == 4 ? "07:00" : "";
        }
        var badHours = await Forms.ParseAsync(await Forms.PostAsync(admin, $"/Sop/Kalender?pemda={pemda}", hours, handler: "Jam"));
        Forms.FieldError(badHours, "Jam.JamKerja[4].Selesai").ShouldBe("Jam selesai hari Jumat harus setelah jam mulai (07:30).");
        hours["Jam.JamKerja[4].Selesai"] = "16:30";
        hours["Jam.Version"] = "5";
        var stale = await Forms.ParseAsync(await Forms.PostAsync(admin, $"/Sop/Kalender?pemda={pemda}", hours, handler: "Jam"));
        Forms.Summary(stale).ShouldContain("telah diubah oleh pengguna lain");

        // BPBD's Kasubag reads without forms; Banggai's admin gets 404 for Balangan's calendar.
        var reader = await Forms.GetDocumentAsync(await app.PagesAsync("kasubag.bpbd"), $"/Sop/Kalender?tahun=2026");
        reader.QuerySelectorAll("[data-testid=hari-libur] tbody tr").Length.ShouldBe(25);
        reader.QuerySelector("[data-testid=form-libur]").ShouldBeNull();
        (await (await app.PagesAsync("admin.banggai")).GetAsync($"/Sop/Kalender?pemda={pemda}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, BothDatabases]
    public async Task AHolidayAdded_MovesTheDueMomentOfAStepOpenedAfterIt(DatabaseProvider provider)
    {
        await using var app = await OwnAppAsync(provider);
        var pemda = await BalanganAsync(app);
        var bpbd = await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == "BPBD").Select(o => o.Id).SingleAsync());
        var kasubag = await app.ApiAsync("kasubag.bpbd");
        async Task<DateTime> StepOneDueAsync(int triwulan)
        {
            var round = await JsonAsync(await kasubag.PostAsJsonAsync("/api/v1/pengumpulan", new { perangkatDaerahId = bpbd, tahun = 2028, triwulan, batasWaktu = "2028-04-30" }), HttpStatusCode.Created);
            var list = await JsonAsync(await kasubag.GetAsync($"/api/v1/sop-pelaksanaan?pengumpulanDataId={round.GetProperty("id").GetInt32()}"));
            var run = await JsonAsync(await kasubag.GetAsync($"/api/v1/sop-pelaksanaan/{list[0].GetProperty("id").GetInt32()}"));
            var step = run.GetProperty("langkah").EnumerateArray().Single();
            (step.GetProperty("stepNo").GetInt32(), step.GetProperty("waktuBaku").GetString()).ShouldBe((1, "15 menit"));
            return step.GetProperty("jatuhTempoUtc").GetDateTime();
        }

        // 15 office minutes from Monday 15:50: ten today, five on Tuesday → Tuesday 07:35 WITA.
        (await StepOneDueAsync(1)).ShouldBe(new DateTime(2028, 2, 7, 23, 35, 0, DateTimeKind.Utc));

        // Tuesday becomes a local holiday: the next run's step 1 is due on Wednesday instead.
        await JsonAsync(await (await app.ApiAsync("admin")).PostAsJsonAsync($"/api/v1/pemda/{pemda}/kalender/libur",
            new { tanggal = "2028-02-08", nama = "Hari Jadi Kabupaten Balangan", jenis = "LiburDaerah" }), HttpStatusCode.Created);
        (await StepOneDueAsync(2)).ShouldBe(new DateTime(2028, 2, 8, 23, 35, 0, DateTimeKind.Utc));
        (await app.DbAsync(db => db.SopInstanceStep.Where(s => db.SopInstance.Any(i => i.Id == s.SopInstanceId && i.PerangkatDaerahId == bpbd && i.PengumpulanData.Triwulan == 2))
            .Select(s => s.JatuhTempoUtc).SingleAsync())).ShouldBe(new DateTime(2028, 2, 8, 23, 35, 0));
    }
}
