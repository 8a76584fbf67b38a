using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinerja.Browser.Tests.Pages;
using Kinerja.Web.Documents;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// The issue's whole journey for BPBD, TW II 2029, in the browser: the Kasubag opens the round; the SK goes through
/// correction, two parafs and the Kepala's signature, is duplicated and distributed, and the Pelaksana reads it from
/// the inbox; Seksi Kesiapsiagaan fills its form in the grid, Seksi Pencegahan through the XLSX round trip, both
/// attach a PDF and submit; the Kabid returns one row with a note, it is fixed and resubmitted, the Kabid approves
/// both, the Kasubag verifies both and locks the round; the fixed cell's history names who and when.
/// (2031 is outside BPBD's Renstra 2025–2029, so no form could be generated for it: 2029 is the last free year.)
/// </summary>
[Collection("browser")]
public class TriwulanIIJourneyTests(BrowserFixture app)
{
    private const int Tahun = 2029;
    private const string Opd = "Badan Penanggulangan Bencana Daerah";
    private const string Grid = "Seksi Kesiapsiagaan", Excel = "Seksi Pencegahan";
    private const string Staff2 = "pelaksana2.bpbd";
    private const string Note = "Angka belum memasukkan dua desa tangguh baru di Kecamatan Halong";
    private const string Reason = "Ditambah dua desa tangguh baru sesuai catatan Kabid";

    [Fact]
    public async Task TwII_Round_Letters_TwoUnits_GridAndExcel_ReturnedRow_Approved_Verified_Locked()
    {
        using var api = await ApiAsync("kasubag.bpbd");
        var restore = await PrepareAsync(api);
        var notRestored = new List<string>();
        try
        {
            await JourneyAsync(api);
        }
        finally
        {
            foreach (var (id, body) in restore)
            {
                var put = await api.PutAsJsonAsync($"/api/v1/indikator/{id}", body);
                if (!put.IsSuccessStatusCode) notRestored.Add($"{id}: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
            }
        }
        // The other journeys expect BPBD's indicators with their units again.
        notRestored.ShouldBeEmpty();
    }

    private async Task JourneyAsync(HttpClient api)
    {
        // 1. The Kasubag opens TW II on the page; the indicators left without a unit are named.
        var kasubag = await LoggedInAsync("kasubag.bpbd");
        await kasubag.GotoAsync("/Pengumpulan");
        await kasubag.GetByLabel("Perangkat daerah", new() { Exact = true }).Last.SelectOptionAsync(new SelectOptionValue { Label = Opd });
        await kasubag.Locator("#Input_Tahun").FillAsync(Tahun.ToString());
        await kasubag.GetByLabel("Triwulan").SelectOptionAsync(new SelectOptionValue { Label = "TW II" });
        await kasubag.GetByRole(AriaRole.Button, new() { Name = "Buka pengumpulan" }).ClickAsync();
        kasubag.Url.ShouldMatch(@"/Pengumpulan/\d+$");
        var roundUrl = new Uri(kasubag.Url).AbsolutePath;
        var roundId = int.Parse(roundUrl.Split('/').Last());
        (await kasubag.Locator("[data-testid=round-forms]").InnerTextAsync()).ShouldSatisfyAllConditions(
            t => t.ShouldContain(Grid), t => t.ShouldContain(Excel));
        await BrowserFixture.ShotAsync(kasubag, "tw2-01-pengumpulan-dibuka");
        var forms = (await Json(await api.GetAsync($"/api/v1/pengumpulan/{roundId}")))["formatDataKinerja"]!.AsArray();
        forms.Count.ShouldBe(2);
        int FormatOf(string unit) => forms.Single(f => f!["unit"]!.GetValue<string>() == unit)!["id"]!.GetValue<int>();
        var (gridForm, excelForm) = (FormatOf(Grid), FormatOf(Excel));

        // 2. The SK: drafted, corrected, initialled by the Kasubag and the Sekretaris, signed by the Kepala, duplicated, distributed.
        await kasubag.GotoAsync($"/Pengumpulan/Surat?pengumpulan={roundId}");
        await Click(kasubag, "Buat SK");
        kasubag.Url.ShouldContain("/Pengumpulan/Surat/Detail?id=");
        var letterUrl = new Uri(kasubag.Url).PathAndQuery;
        (await Status(kasubag)).ShouldBe("Draf");
        await Click(kasubag, "Ajukan untuk koreksi");
        (await Status(kasubag)).ShouldBe("Dalam koreksi");
        await kasubag.GetByLabel("Catatan koreksi").FillAsync("Batas waktu disesuaikan dengan jadwal TW II.");
        await Click(kasubag, "Selesai koreksi");
        await Click(kasubag, "Paraf");
        (await Status(kasubag)).ShouldBe("Menunggu paraf Sekretaris");
        await BrowserFixture.ShotAsync(kasubag, "tw2-02-sk-paraf-kasubag");
        var sekretaris = await LoggedInAsync("sekretaris.bpbd");
        await sekretaris.GotoAsync(letterUrl);
        await Click(sekretaris, "Paraf");
        (await Status(sekretaris)).ShouldBe("Menunggu tanda tangan Kepala");
        var kepala = await LoggedInAsync("kepala.bpbd");
        await kepala.GotoAsync(letterUrl);
        await Click(kepala, "Tanda tangani");
        (await Status(kepala)).ShouldBe("Ditandatangani");
        var nomor = Regex.Match(await kepala.Locator("[data-testid=nomor]").InnerTextAsync(), @"\d+/\d{3}/BPBD/\d{4}");
        nomor.Success.ShouldBeTrue();
        await BrowserFixture.ShotAsync(kepala, "tw2-03-sk-ditandatangani");
        // The final letter downloads as a numbered DOCX.
        var docx = await kepala.APIRequest.GetAsync(await kepala.Locator("[data-testid=docx]").GetAttributeAsync("href") ?? "");
        docx.Status.ShouldBe(200);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.BodyAsync()), false))
            word.MainDocumentPart!.Document.Body!.InnerText.ShouldContain(nomor.Value);
        await kasubag.GotoAsync(letterUrl);
        await Click(kasubag, "Tandai digandakan");
        (await Status(kasubag)).ShouldBe("Digandakan");
        await Click(kasubag, "Distribusikan ke unit");
        (await Status(kasubag)).ShouldBe("Didistribusikan");
        (await kasubag.Locator("[data-testid=penerima] tbody tr").CountAsync()).ShouldBe(2);

        // 3. The Pelaksana of Seksi Pencegahan finds the signed letter in the inbox and opens it: the receipt names them.
        var staff1 = await LoggedInAsync("pelaksana.bpbd");
        await staff1.GotoAsync("/Kotak");
        var letterRow = staff1.Locator($"[data-testid=inbox-surat] tr[data-surat='{letterUrl.Split('=').Last()}']");
        (await letterRow.InnerTextAsync()).ShouldContain(nomor.Value);
        await BrowserFixture.ShotAsync(staff1, "tw2-04-kotak-surat");
        await letterRow.GetByRole(AriaRole.Link, new() { Name = "Baca" }).ClickAsync();
        (await staff1.Locator("[data-testid=nomor]").InnerTextAsync()).ShouldContain(nomor.Value);
        await kasubag.GotoAsync(letterUrl);
        (await kasubag.Locator("[data-testid=penerima] tr", new() { HasTextString = Excel }).InnerTextAsync()).ShouldContain("pelaksana.bpbd");
        (await kasubag.Locator("[data-testid=penerima] tr", new() { HasTextString = Grid }).InnerTextAsync()).ShouldContain("belum dibaca");
        await BrowserFixture.ShotAsync(kasubag, "tw2-05-sk-tanda-terima");
        await staff1.GotoAsync("/Kotak");
        (await staff1.Locator($"[data-testid=inbox-surat] tr[data-surat='{letterUrl.Split('=').Last()}']").CountAsync()).ShouldBe(0);

        // 4. Seksi Kesiapsiagaan fills its form in the grid: typed, Enter to the next row, the capaian live.
        var staff2 = await LoggedInAsync(Staff2);
        await staff2.GotoAsync($"/Pengumpulan/Format/{gridForm}");
        (await staff2.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Diisi unit");
        await staff2.Locator("#Indikator_0__Realisasi").ClickAsync();
        await staff2.Keyboard.TypeAsync("28,5");
        await staff2.Keyboard.PressAsync("Enter");
        (await staff2.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("Indikator_1__Realisasi");
        await staff2.Keyboard.TypeAsync("1");
        await Expect(staff2.Locator("tr[data-row] [data-capaian]").First).ToHaveTextAsync("95,00 %");
        await Expect(staff2.Locator("tr[data-row] [data-capaian]").Nth(1)).ToHaveTextAsync("100,00 %");
        await Expect(staff2.Locator("#autosave-status")).ToHaveTextAsync(new Regex(@"^Tersimpan \d\d:\d\d$"), new() { Timeout = 15_000 });
        await BrowserFixture.ShotAsync(staff2, "tw2-06-grid-diisi");
        await UploadPdfAsync(staff2, gridForm, "IK-1.2", "Daftar desa tangguh TW II.pdf", Staff2);
        await staff2.GotoAsync($"/Pengumpulan/Format/{gridForm}");
        await staff2.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        (await staff2.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Menunggu Kepala Bidang");

        // 5. Seksi Pencegahan: the form's XLSX downloaded, filled offline, uploaded; a PDF attached; submitted.
        await staff1.GotoAsync($"/Pengumpulan/Format/{excelForm}/Excel");
        var download = await staff1.RunAndWaitForDownloadAsync(() => staff1.Locator("[data-testid=download]").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"tw2-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        var row = Xlsx.ReadSheets(new MemoryStream(await File.ReadAllBytesAsync(file)), 100)["Indikator"].FindIndex(r => r.Length > 2 && r[2].Text == "IK-1.3") + 1;
        row.ShouldBeGreaterThan(1);
        using (var doc = SpreadsheetDocument.Open(file, true))
        {
            var sheet = doc.WorkbookPart!.WorksheetParts.First(p => p.Worksheet.Descendants<Cell>().Any(c => c.CellReference == $"C{row}" && c.InnerText == "IK-1.3"));
            Cell At(string col) => sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == $"{col}{row}");
            At("G").CellValue = new CellValue("145");
            var text = At("H");
            (text.DataType, text.InlineString) = (CellValues.InlineString, new InlineString(new Text("Pelatihan kesiapsiagaan di sekolah")));
        }
        await staff1.GetByLabel("Berkas XLSX (maks. 5 MB)").SetInputFilesAsync(file);
        await staff1.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        (await staff1.Locator("[role=status]").InnerTextAsync()).ShouldContain("Unggahan tersimpan: 1 baris berubah");
        await BrowserFixture.ShotAsync(staff1, "tw2-07-excel-diunggah");
        File.Delete(file);
        await UploadPdfAsync(staff1, excelForm, "IK-1.3", "Daftar hadir pelatihan TW II.pdf", "pelaksana.bpbd");
        await staff1.GotoAsync($"/Pengumpulan/Format/{excelForm}");
        (await staff1.Locator("#Indikator_0__Realisasi").InputValueAsync()).ShouldBe("145");
        await staff1.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        (await staff1.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Menunggu Kepala Bidang");

        // 6. The Kabid returns the grid form's first row with a note; the Pelaksana sees it beside the row, fixes it, resubmits.
        var kabid = await LoggedInAsync("kabid.bpbd");
        await kabid.GotoAsync($"/Pengumpulan/Format/{gridForm}");
        await kabid.Locator(".row-return-note").First.FillAsync(Note);
        await kabid.Locator("#Catatan").FillAsync("Periksa kembali baris desa tangguh");
        await kabid.GetByRole(AriaRole.Button, new() { Name = "Kembalikan" }).ClickAsync();
        (await kabid.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Dikembalikan");
        await staff2.GotoAsync($"/Pengumpulan/Format/{gridForm}");
        (await staff2.Locator("tr[data-row]").First.Locator("[data-testid=row-note]").InnerTextAsync()).ShouldContain(Note);
        (await staff2.Locator("[data-testid=row-note]").CountAsync()).ShouldBe(1);
        await BrowserFixture.ShotAsync(staff2, "tw2-08-baris-dikembalikan");
        await staff2.Locator("#Alasan").FillAsync(Reason);
        await staff2.Locator("#Indikator_0__Realisasi").FillAsync("29,25");
        await Expect(staff2.Locator("tr[data-row] [data-capaian]").First).ToHaveTextAsync("97,50 %");
        await Expect(staff2.Locator("#autosave-status")).ToHaveTextAsync(new Regex(@"^Tersimpan"), new() { Timeout = 15_000 });
        await staff2.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        (await staff2.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Menunggu Kepala Bidang");

        // 7. The Kabid approves both; the Kasubag verifies both and locks the round.
        foreach (var id in new[] { gridForm, excelForm })
        {
            await kabid.GotoAsync($"/Pengumpulan/Format/{id}");
            await kabid.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
            (await kabid.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Menunggu verifikasi Kasubag Perencanaan");
        }
        await BrowserFixture.ShotAsync(kabid, "tw2-09-disetujui-kabid");
        foreach (var id in new[] { gridForm, excelForm })
        {
            await kasubag.GotoAsync($"/Pengumpulan/Format/{id}");
            await kasubag.GetByRole(AriaRole.Button, new() { Name = "Verifikasi dan kunci" }).ClickAsync();
            (await kasubag.Locator("[data-testid=form-status]").InnerTextAsync()).ShouldBe("Terkunci");
        }
        await kasubag.GotoAsync(roundUrl);
        await kasubag.GetByRole(AriaRole.Button, new() { Name = "Kunci pengumpulan data" }).ClickAsync();
        await Expect(kasubag.Locator("[data-testid=round-locked]")).ToContainTextAsync("Terkunci");
        await BrowserFixture.ShotAsync(kasubag, "tw2-10-pengumpulan-terkunci");

        // 8. The audit: the chain with who, and the fixed cell's history with every value, who and when.
        await kasubag.GotoAsync($"/Pengumpulan/Format/{gridForm}");
        var chain = await kasubag.Locator("[data-testid=chain-history]").InnerTextAsync();
        foreach (var who in new[] { Staff2, "kabid.bpbd", "kasubag.bpbd" }) chain.ShouldContain(who);
        chain.ShouldContain("Periksa kembali baris desa tangguh");
        chain.ShouldContain($"[IK-1.2] {Note}");
        await kasubag.Locator("tr[data-row]").First.GetByRole(AriaRole.Link, new() { Name = "Riwayat" }).ClickAsync();
        var history = kasubag.Locator("[data-testid=cell-history] tbody tr");
        var first = history.Filter(new() { HasTextString = "28,5" }).First;
        (await first.InnerTextAsync()).ShouldContain(Staff2);
        var fix = history.Filter(new() { HasTextString = Reason });
        (await fix.CountAsync()).ShouldBe(1);
        (await fix.InnerTextAsync()).ShouldSatisfyAllConditions(t => t.ShouldContain(Staff2), t => t.ShouldContain("29,25"), t => t.ShouldMatch(@"\d{2}[.:]\d{2}"));
        await BrowserFixture.ShotAsync(kasubag, "tw2-11-riwayat-sel");

        // 9. Re-read what was stored.
        var round = await Json(await api.GetAsync($"/api/v1/pengumpulan/{roundId}"));
        round["dikunciUtc"].ShouldNotBeNull();
        round["formatDataKinerja"]!.AsArray().Select(f => f!["statusLabel"]!.GetValue<string>()).ShouldAllBe(s => s == "Terkunci");
        var g = await Json(await api.GetAsync($"/api/v1/format-data/{gridForm}"));
        (g["indikator"]![0]!["kode"]!.GetValue<string>(), g["indikator"]![0]!["realisasi"]!.GetValue<decimal>(), g["indikator"]![0]!["bukti"]!.AsArray().Count)
            .ShouldBe(("IK-1.2", 29.25m, 1));
        var e = await Json(await api.GetAsync($"/api/v1/format-data/{excelForm}"));
        (e["indikator"]![0]!["realisasi"]!.GetValue<decimal>(), e["indikator"]![0]!["faktorPendukung"]!.GetValue<string>(), e["indikator"]![0]!["bukti"]!.AsArray().Count)
            .ShouldBe((145m, "Pelatihan kesiapsiagaan di sekolah", 1));
        var steps = g["riwayat"]!.AsArray().Select(h => $"{h!["aksiLabel"]} {h["userName"]}").ToList();
        steps.Count.ShouldBe(5, string.Join("; ", steps));
        var letter = await Json(await api.GetAsync($"/api/v1/surat/{letterUrl.Split('=').Last()}"));
        (letter["nomor"]!.GetValue<string>(), letter["statusLabel"]!.GetValue<string>()).ShouldBe((nomor.Value, "Didistribusikan"));
        letter["riwayat"]!.AsArray().Select(h => h!["userName"]!.GetValue<string>()).ShouldBe(
            ["kasubag.bpbd", "kasubag.bpbd", "kasubag.bpbd", "sekretaris.bpbd", "kepala.bpbd", "kasubag.bpbd", "kasubag.bpbd"]);
        letter["penerima"]!.AsArray().Single(p => p!["unit"]!.GetValue<string>() == Excel)!["dibacaOleh"]!.GetValue<string>().ShouldBe("pelaksana.bpbd");

        // 10. With the round locked, its recap holds both units' figures, on the page and in the workbook.
        await RekapJourney.FromTheLockedRoundAsync(kasubag, roundUrl, "TW II 2029", ["IK-1.2", "IK-1.3"]);
    }

    /// <summary>A small valid PDF as the row's evidence on the Bukti page; the list names the file, its type and the uploader.</summary>
    private static async Task UploadPdfAsync(IPage page, int formId, string kode, string name, string user)
    {
        await page.GotoAsync($"/Pengumpulan/Format/{formId}/Bukti");
        var pdf = Path.Combine(Path.GetTempPath(), $"tw2-{Guid.NewGuid():N}", name);
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        await page.GetByLabel($"Unggah bukti untuk {kode}").SetInputFilesAsync(pdf);
        await page.Locator($"[data-testid=bukti-row][data-kode='{kode}']").GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        var files = page.Locator($"[data-testid=bukti-row][data-kode='{kode}'] [data-testid=bukti-file]");
        (await files.CountAsync()).ShouldBe(1);
        var cells = await files.First.Locator("td").AllInnerTextsAsync();
        (cells[0], cells[1]).ShouldBe((name, "PDF"));
        cells[4].ShouldStartWith(user);
        await BrowserFixture.ShotAsync(page, $"tw2-bukti-{kode}");
        Directory.Delete(Path.GetDirectoryName(pdf)!, recursive: true);
    }

    private static ILocatorAssertions Expect(ILocator l) => Assertions.Expect(l);

    private static async Task Click(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task<string> Status(IPage page) => (await page.Locator("[data-testid=status]").InnerTextAsync()).Trim();

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

    private static async Task<JsonNode> Json(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        r.IsSuccessStatusCode.ShouldBeTrue($"{r.RequestMessage!.Method} {r.RequestMessage.RequestUri} → {(int)r.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>
    /// The round must be lockable with the people at hand, so only two units answer for indicators this time: IK-1.2 and
    /// IK-1.4 stay with Seksi Kesiapsiagaan (filled by a second Pelaksana created for it), IK-1.3 with Seksi Pencegahan
    /// (the demo Pelaksana); BPBD's other indicators lose their units for the journey. A signed 2029 PK of the Kepala
    /// gives the TW II targets. Returns the stripped indicators as they were, to put back afterwards.
    /// </summary>
    private async Task<List<(int Id, JsonNode Body)>> PrepareAsync(HttpClient api)
    {
        var opd = (await Json(await api.GetAsync("/api/v1/perangkat-daerah"))).AsArray().Single(o => o!["kode"]!.GetValue<string>() == "BPBD")!["id"]!.GetValue<int>();
        var units = (await Json(await api.GetAsync("/api/v1/units"))).AsArray().Where(u => u!["perangkatDaerahId"]!.GetValue<int>() == opd).ToList();
        int Unit(string kode) => units.Single(u => u!["kode"]!.GetValue<string>() == kode)!["id"]!.GetValue<int>();
        var kepala = (await Json(await api.GetAsync("/api/v1/jabatan"))).AsArray()
            .Single(j => j!["perangkatDaerahId"]?.GetValue<int?>() == opd && j["role"]!.GetValue<string>() == "Kepala")!["id"]!.GetValue<int>();

        // The second unit's Pelaksana: a position and an account, made by the OPD's admin as an admin would.
        using (var admin = await ApiAsync("adminopd.bpbd"))
        {
            var jabatan = (await Json(await admin.PostAsJsonAsync("/api/v1/jabatan", new
            {
                perangkatDaerahId = opd, unitKerjaId = Unit("SEKSI-KESIAPSIAGAAN"), kode = "BPBD-PELAKSANA-KS", nama = "Pelaksana Seksi Kesiapsiagaan", role = "Pelaksana",
            })))["id"]!.GetValue<int>();
            var user = (await Json(await admin.PostAsJsonAsync("/api/v1/users", new
            {
                userName = Staff2, fullName = "Rahmah Pelaksana Kesiapsiagaan", password = BrowserFixture.DemoPassword, perangkatDaerahId = opd,
            })))["id"]!.GetValue<string>();
            await Json(await admin.PostAsJsonAsync($"/api/v1/users/{user}/assignments", new
            {
                jabatanId = jabatan, isPlt = false, startDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd"),
            }));
        }

        var renstraId = (await Json(await api.GetAsync("/api/v1/renstra"))).AsArray().Single(r => r!["perangkatDaerahId"]!.GetValue<int>() == opd)!["id"]!.GetValue<int>();
        var renstra = await Json(await api.GetAsync($"/api/v1/renstra/{renstraId}"));
        var indikator = renstra["tujuan"]!.AsArray().SelectMany(t => t!["sasaran"]!.AsArray()).SelectMany(s => s!["indikator"]!.AsArray())
            .ToDictionary(i => i!["kode"]!.GetValue<string>(), i => i!["id"]!.GetValue<int>());
        var keep = new Dictionary<string, int> { ["IK-1.2"] = Unit("SEKSI-KESIAPSIAGAAN"), ["IK-1.4"] = Unit("SEKSI-KESIAPSIAGAAN"), ["IK-1.3"] = Unit("SEKSI-PENCEGAHAN") };
        var restore = new List<(int, JsonNode)>();
        foreach (var (kode, id) in indikator)
        {
            var body = await Json(await api.GetAsync($"/api/v1/indikator/{id}"));
            var changed = body.DeepClone();
            changed["unitIds"] = keep.TryGetValue(kode, out var u) ? new JsonArray(u) : new JsonArray();
            var saved = await Json(await api.PutAsJsonAsync($"/api/v1/indikator/{id}", changed));
            body["version"] = saved["version"]!.GetValue<int>();
            restore.Add((id, body));
        }

        var pk = (await Json(await api.PostAsJsonAsync("/api/v1/perjanjian-kinerja", new { jabatanId = kepala, tahun = Tahun })))["id"]!.GetValue<int>();
        JsonArray rows = [];
        foreach (var (kode, target) in new[] { ("IK-1.2", 38m), ("IK-1.3", 600m), ("IK-1.4", 2m) })
            rows = (await Json(await api.PostAsJsonAsync($"/api/v1/perjanjian-kinerja/{pk}/indikator", new { indikatorId = indikator[kode], target })))["indikator"]!.AsArray();
        int Row(string kode) => rows.Single(r => r!["indikatorId"]!.GetValue<int>() == indikator[kode])!["id"]!.GetValue<int>();
        await Json(await api.PutAsJsonAsync($"/api/v1/perjanjian-kinerja/{pk}/rencana-aksi", new
        {
            rows = new object[]
            {
                new { rowId = Row("IK-1.2"), targetTw1 = 22, targetTw2 = 30, targetTw3 = 34, targetTw4 = 38, version = 0 },
                new { rowId = Row("IK-1.3"), targetTw1 = 150, targetTw2 = 150, targetTw3 = 150, targetTw4 = 150, version = 0 },
                new { rowId = Row("IK-1.4"), targetTw1 = 0, targetTw2 = 1, targetTw3 = 0, targetTw4 = 1, version = 0 },
            },
        }));
        await Json(await api.PostAsync($"/api/v1/perjanjian-kinerja/{pk}/sign", null));
        return restore;
    }
}
