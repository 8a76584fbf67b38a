using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// BPKPAD, TW II 2027: the Kasubag opens the round, the Pelaksana fills the grid with the keyboard and a
/// paste and sees the engine's capaian live, the Kabid returns one row with a note, the Pelaksana fixes
/// and resubmits, the Kabid approves, the Kasubag verifies and locks, and the cell history shows who and when.
/// </summary>
[Collection("browser")]
public class PengumpulanJourneyTests(BrowserFixture app)
{
    private const string Opd = "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah";

    [Fact]
    public async Task ARound_FromOpeningThroughAReturnedRow_ToTheLock_WithTheCellHistory()
    {
        using var api = await ApiAsync("kasubag.bpkpad");
        var restore = await PrepareAsync(api);
        try
        {
            await JourneyAsync();
        }
        finally
        {
            foreach (var (id, body) in restore) await api.PutAsJsonAsync($"/api/v1/indikator/{id}", body);
        }
    }

    private async Task JourneyAsync()
    {
        // The Kasubag opens the round on the page.
        var kasubag = await LoggedInAsync("kasubag.bpkpad");
        await kasubag.GotoAsync("/Pengumpulan");
        await kasubag.GetByLabel("Perangkat daerah", new() { Exact = true }).Last.SelectOptionAsync(new SelectOptionValue { Label = Opd });
        await kasubag.Locator("#Input_Tahun").FillAsync("2027");
        await kasubag.GetByLabel("Triwulan").SelectOptionAsync(new SelectOptionValue { Label = "TW II" });
        await kasubag.GetByRole(AriaRole.Button, new() { Name = "Buka pengumpulan" }).ClickAsync();
        kasubag.Url.ShouldMatch(@"/Pengumpulan/\d+$");
        var roundUrl = new Uri(kasubag.Url).AbsolutePath;
        (await kasubag.Locator("[data-testid=opening-warnings]").InnerTextAsync()).ShouldContain("belum memiliki unit penanggung jawab");
        await BrowserFixture.ShotAsync(kasubag, "30-pengumpulan-dibuka");

        // The Pelaksana finds the form in the inbox and fills it: typed, Enter, then a block pasted from Excel.
        var staff = await LoggedInAsync("pelaksana.bpkpad");
        await staff.GotoAsync("/Kotak");
        await BrowserFixture.ShotAsync(staff, "30b-kotak-masuk");
        await staff.Locator("[data-testid=inbox] tr[data-jenis=isi]").Filter(new() { HasTextString = "TW II 2027" }).GetByRole(AriaRole.Link).ClickAsync();
        staff.Url.ShouldMatch(@"/Pengumpulan/Format/\d+$");
        var formUrl = new Uri(staff.Url).AbsolutePath;
        var first = staff.Locator("#Indikator_0__Realisasi");
        await first.ClickAsync();
        await staff.Keyboard.TypeAsync("87,5");
        await staff.Keyboard.PressAsync("Enter");
        (await staff.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("Indikator_1__Realisasi");
        await Expect(staff.Locator("tr[data-row] [data-capaian]").First).ToHaveTextAsync("97,22 %");
        const string paste = "el => { const d = new DataTransfer(); d.setData('text/plain', '88,5\\r\\n3\\r\\n'); "
                             + "el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true })); }";
        await first.EvaluateAsync(paste);
        (await staff.Locator("#Indikator_1__Realisasi").InputValueAsync()).ShouldBe("3");
        await Expect(staff.Locator("tr[data-row] [data-capaian]").First).ToHaveTextAsync("98,33 %");
        await Expect(staff.Locator("tr[data-row] [data-capaian]").Nth(1)).ToHaveTextAsync("100,00 %");
        await staff.Locator("details.narasi summary").First.ClickAsync();
        await staff.Locator("#Indikator_0__FaktorPendukung").FillAsync("Jadwal penyusunan disepakati sejak awal tahun");
        await Expect(staff.Locator("#autosave-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Tersimpan \d\d:\d\d$"), new() { Timeout = 10_000 });
        await BrowserFixture.ShotAsync(staff, "31-formulir-diisi");

        // Someone else saves the first row meanwhile: the next autosave is refused with a clear message and the typing stays.
        using (var other = await ApiAsync("kabid.bpkpad"))
        {
            var id = formUrl.Split('/').Last();
            var row = (await other.GetFromJsonAsync<JsonElement>($"/api/v1/format-data/{id}")).GetProperty("indikator")[0];
            (await other.PutAsJsonAsync($"/api/v1/format-data/{id}", new
            {
                indikator = new[] { new { id = row.GetProperty("id").GetInt32(), version = row.GetProperty("version").GetInt32(), realisasi = 89m,
                    faktorPendukung = "Jadwal penyusunan disepakati sejak awal tahun" } },
            })).EnsureSuccessStatusCode();
        }
        await first.FillAsync("88,7");
        await Expect(staff.Locator("#autosave-status")).ToContainTextAsync("Konflik", new() { Timeout = 10_000 });
        (await first.InputValueAsync()).ShouldBe("88,7");
        await BrowserFixture.ShotAsync(staff, "31b-konflik");
        await staff.ReloadAsync();
        (await first.InputValueAsync()).ShouldBe("89");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        (await staff.Locator(".alert-success").InnerTextAsync()).ShouldContain("Formulir diajukan");
        (await staff.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Menunggu Kepala Bidang");

        // The Kabid returns the second row with a note.
        var kabid = await LoggedInAsync("kabid.bpkpad");
        await kabid.GotoAsync(formUrl);
        await kabid.Locator(".row-return-note").Nth(1).FillAsync("Jumlah dokumen belum termasuk DPA perubahan");
        await kabid.Locator("#Catatan").FillAsync("Periksa kembali baris dokumen");
        await kabid.GetByRole(AriaRole.Button, new() { Name = "Kembalikan" }).ClickAsync();
        (await kabid.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Dikembalikan");

        // The Pelaksana sees the note beside the row, fixes it with a reason and submits again.
        await staff.GotoAsync(formUrl);
        (await staff.Locator("[data-testid=row-note]").InnerTextAsync()).ShouldContain("Jumlah dokumen belum termasuk DPA perubahan");
        await BrowserFixture.ShotAsync(staff, "32-formulir-dikembalikan");
        await staff.Locator("#Alasan").FillAsync("Ditambah DPA perubahan sesuai catatan Kabid");
        await staff.Locator("#Indikator_1__Realisasi").FillAsync("4");
        await Expect(staff.Locator("#autosave-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Tersimpan"), new() { Timeout = 10_000 });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        (await staff.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Menunggu Kepala Bidang");

        // The Kabid approves; the Kasubag verifies and locks the round.
        await kabid.GotoAsync(formUrl);
        await kabid.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        (await kabid.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Menunggu verifikasi Kasubag Perencanaan");
        await kasubag.GotoAsync(formUrl);
        await kasubag.GetByRole(AriaRole.Button, new() { Name = "Verifikasi dan kunci" }).ClickAsync();
        (await kasubag.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Terkunci");
        await kasubag.GotoAsync(roundUrl);
        await kasubag.GetByRole(AriaRole.Button, new() { Name = "Kunci pengumpulan data" }).ClickAsync();
        await Expect(kasubag.Locator("[data-testid=round-locked]")).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(kasubag, "33-pengumpulan-terkunci");

        // The history of the fixed cell: who changed it, when and why.
        await kasubag.GotoAsync(formUrl);
        (await kasubag.Locator("[data-testid=chain-history]").InnerTextAsync()).ShouldContain("kabid.bpkpad");
        await kasubag.Locator("tr[data-row]").Nth(1).GetByRole(AriaRole.Link, new() { Name = "Riwayat" }).ClickAsync();
        var change = kasubag.Locator("[data-testid=cell-history] tbody tr").Filter(new() { HasTextString = "Ditambah DPA perubahan" });
        (await change.InnerTextAsync()).ShouldContain("pelaksana.bpkpad");
        (await change.InnerTextAsync()).ShouldMatch(@"\d{2}[.:]\d{2}");
        await BrowserFixture.ShotAsync(kasubag, "34-riwayat-sel");
    }

    private static ILocatorAssertions Expect(ILocator l) => Assertions.Expect(l);

    private async Task<IPage> LoggedInAsync(string user)
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(user, BrowserFixture.DemoPassword);
        return page;
    }

    private async Task<HttpClient> ApiAsync(string user)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password = BrowserFixture.DemoPassword });
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>
    /// Two indicators of the Subbidang Penyusunan Anggaran (where the demo Pelaksana sits) in a signed 2027 PK with
    /// quarterly targets; BPKPAD's other indicators lose their units for the journey so the round has one form to lock.
    /// Returns the indicators as they were, to put back afterwards.
    /// </summary>
    private static async Task<List<(int Id, JsonNode Body)>> PrepareAsync(HttpClient api)
    {
        async Task<JsonNode> Json(HttpResponseMessage r)
        {
            var text = await r.Content.ReadAsStringAsync();
            r.IsSuccessStatusCode.ShouldBeTrue($"{r.RequestMessage!.Method} {r.RequestMessage.RequestUri} → {(int)r.StatusCode} {text}");
            return JsonNode.Parse(text)!;
        }
        var opd = (await Json(await api.GetAsync("/api/v1/perangkat-daerah"))).AsArray().Single(o => o!["kode"]!.GetValue<string>() == "BPKPAD")!["id"]!.GetValue<int>();
        var unit = (await Json(await api.GetAsync("/api/v1/units"))).AsArray()
            .Single(u => u!["perangkatDaerahId"]!.GetValue<int>() == opd && u["kode"]!.GetValue<string>() == "SUBBID-PENYUSUNAN")!["id"]!.GetValue<int>();
        var kepala = (await Json(await api.GetAsync("/api/v1/jabatan"))).AsArray()
            .Single(j => j!["perangkatDaerahId"]?.GetValue<int?>() == opd && j["role"]!.GetValue<string>() == "Kepala")!["id"]!.GetValue<int>();
        var renstraId = (await Json(await api.GetAsync("/api/v1/renstra"))).AsArray().Single(r => r!["perangkatDaerahId"]!.GetValue<int>() == opd)!["id"]!.GetValue<int>();
        var renstra = await Json(await api.GetAsync($"/api/v1/renstra/{renstraId}"));
        var sasaran = renstra["tujuan"]![0]!["sasaran"]![0]!["id"]!.GetValue<int>();

        var restore = new List<(int, JsonNode)>();
        foreach (var id in renstra["tujuan"]!.AsArray().SelectMany(t => t!["sasaran"]!.AsArray()).SelectMany(s => s!["indikator"]!.AsArray()).Select(i => i!["id"]!.GetValue<int>()))
        {
            var body = await Json(await api.GetAsync($"/api/v1/indikator/{id}"));
            var stripped = body.DeepClone();
            stripped["unitIds"] = new JsonArray();
            var saved = await Json(await api.PutAsJsonAsync($"/api/v1/indikator/{id}", stripped));
            body["version"] = saved["version"]!.GetValue<int>();
            restore.Add((id, body));
        }

        var created = new List<int>();
        foreach (var (kode, nama, satuan, rollUp, decimals, target) in new[]
                 {
                     ("IK-J.1", "Persentase dokumen anggaran yang disusun tepat waktu", "%", "NilaiAkhir", 2, 90m),
                     ("IK-J.2", "Jumlah dokumen pelaksanaan anggaran yang disusun", "dokumen", "Kumulatif", 0, 12m),
                 })
            created.Add((await Json(await api.PostAsJsonAsync($"/api/v1/sasaran/{sasaran}/indikator", new
            {
                kode, nama, satuan, polarity = "Positive", rollUp, decimals, isIku = false,
                targets = new[] { new { tahun = 2027, nilai = target } }, unitIds = new[] { unit },
            })))["id"]!.GetValue<int>());

        var pk = (await Json(await api.PostAsJsonAsync("/api/v1/perjanjian-kinerja", new { jabatanId = kepala, tahun = 2027 })))["id"]!.GetValue<int>();
        await Json(await api.PostAsJsonAsync($"/api/v1/perjanjian-kinerja/{pk}/indikator", new { indikatorId = created[0], target = 90 }));
        var rows = (await Json(await api.PostAsJsonAsync($"/api/v1/perjanjian-kinerja/{pk}/indikator", new { indikatorId = created[1], target = 12 })))["indikator"]!.AsArray();
        int Row(int indikator) => rows.Single(r => r!["indikatorId"]!.GetValue<int>() == indikator)!["id"]!.GetValue<int>();
        await Json(await api.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{pk}/rencana-aksi", new
        {
            rows = new object[]
            {
                new { rowId = Row(created[0]), targetTw1 = 90, targetTw2 = 90, targetTw3 = 90, targetTw4 = 90, version = 0 },
                new { rowId = Row(created[1]), targetTw1 = 3, targetTw2 = 3, targetTw3 = 3, targetTw4 = 3, version = 0 },
            },
        }));
        await Json(await api.PostAsync($"/api/v1/perjanjian-kinerja/{pk}/sign", null));
        return restore;
    }
}
