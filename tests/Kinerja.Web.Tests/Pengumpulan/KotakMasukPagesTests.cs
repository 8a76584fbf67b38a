using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>
/// The inbox per role along one form's way through the chain (with the Kepala Seksi step): the Seksi
/// fills, the Kasi passes on, the Kabid approves, the Kasubag verifies; nobody else sees it.
/// </summary>
[Collection("web")]
public class KotakMasukPagesTests(TestApps apps)
{
    private const string Seksi = "Seksi Pembangunan Jalan dan Jembatan", Bidang = "Bidang Bina Marga";

    [Theory, BothDatabases]
    public async Task EachRole_SeesExactlyTheFormsWaitingForIt_AsTheFormMovesAlong(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenFreeAsync(app, await app.ApiAsync("kasubag.puprperkim"), "PUPRPERKIM");
        var roundId = round.GetProperty("id").GetInt32();
        var (seksi, bidang) = (FormatOf(round, Seksi), FormatOf(round, Bidang));
        await app.DbAsync(d => d.PengumpulanData.Where(r => r.Id == roundId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ValidasiKasi, true)));
        await SetTargetsAsync(app, seksi, 4);

        async Task Expect(string user, params (int Form, string Jenis)[] expected)
        {
            var items = await JsonAsync(await (await app.ApiAsync(user)).GetAsync("/api/v1/kotak-masuk"));
            var all = items.EnumerateArray().ToList();
            all.Select(i => i.GetProperty("batasWaktuUtc").GetDateTime()).ShouldBe(all.Select(i => i.GetProperty("batasWaktuUtc").GetDateTime()).OrderDescending(), $"{user}: newest deadline first");
            all.Where(i => i.GetProperty("pengumpulanDataId").GetInt32() == roundId)
                .Select(i => (i.GetProperty("formatId").GetInt32(), i.GetProperty("jenis").GetString()!)).OrderBy(x => x.Item1)
                .ShouldBe(expected.OrderBy(x => x.Form), user);
        }

        await Expect("pelaksana.puprperkim", (seksi, "isi"));
        await Expect("kasi.puprperkim", (seksi, "isi"));
        await Expect("kabid.puprperkim", (bidang, "isi"));
        await Expect("kasubag.puprperkim");
        await Expect("pelaksana.bpkpad");

        var staff = await app.ApiAsync("pelaksana.puprperkim");
        var url = $"/api/v1/format-data/{seksi}";
        var form = await JsonAsync(await staff.PutAsJsonAsync(url, FillAll(await JsonAsync(await staff.GetAsync(url)), 4)));
        form = await JsonAsync(await staff.PostAsJsonAsync($"{url}/ajukan", new { version = Version(form) }));
        await Expect("pelaksana.puprperkim");
        await Expect("kasi.puprperkim", (seksi, "teruskan"));
        await Expect("kabid.puprperkim", (bidang, "isi"));

        form = await JsonAsync(await (await app.ApiAsync("kasi.puprperkim")).PostAsJsonAsync($"{url}/teruskan", new { version = Version(form) }));
        await Expect("kasi.puprperkim");
        await Expect("kabid.puprperkim", (bidang, "isi"), (seksi, "setujui"));

        // The inbox page and the count in the navigation say the same.
        var kabid = await app.PagesAsync("kabid.puprperkim");
        var page = await Forms.GetDocumentAsync(kabid, "/Kotak");
        var row = page.QuerySelector($"[data-testid=inbox] tr[data-form='{seksi}']")!;
        (row.GetAttribute("data-jenis"), row.QuerySelector("a")!.GetAttribute("href")).ShouldBe(("setujui", $"/Pengumpulan/Format/{seksi}"));
        row.TextContent.ShouldContain(Seksi);
        var api = await app.ApiAsync("kabid.puprperkim");
        var forms = (await JsonAsync(await api.GetAsync("/api/v1/kotak-masuk"))).GetArrayLength();
        var letters = (await JsonAsync(await api.GetAsync("/api/v1/surat/inbox"))).GetArrayLength();
        page.QuerySelectorAll("[data-testid=inbox] tbody tr[data-form]").Length.ShouldBe(forms);
        page.QuerySelectorAll("[data-testid=inbox-surat] tbody tr[data-surat]").Length.ShouldBe(letters);
        // The badge counts letters too: the other tests' letters of PUPRPERKIM may be waiting for this Kabid's unit.
        page.QuerySelector("[data-testid=kotak-count]")!.TextContent.Trim().ShouldBe((forms + letters).ToString());

        await JsonAsync(await (await app.ApiAsync("kabid.puprperkim")).PostAsJsonAsync($"{url}/setujui", new { version = Version(form) }));
        await Expect("kabid.puprperkim", (bidang, "isi"));
        await Expect("kasubag.puprperkim", (seksi, "verifikasi"));
        await Expect("kasubag.bpbd");
    }
}
