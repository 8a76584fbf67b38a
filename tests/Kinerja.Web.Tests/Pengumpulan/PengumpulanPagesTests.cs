using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Kinerja.Domain.Pengumpulan;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>
/// The collection pages as their users meet them: the planner opens a round, the Seksi fills the grid
/// without script (save, submit, the checks beside the rows), the Kabid returns a row with a note, the
/// Kasubag verifies and locks; outsiders get 404. PUPRPERKIM, whose Seksi Jalan answers for IK-1.2.
/// </summary>
[Collection("web")]
public class PengumpulanPagesTests(TestApps apps)
{
    private const string Opd = "PUPRPERKIM", Seksi = "Seksi Pembangunan Jalan dan Jembatan";

    [Theory, BothDatabases]
    public async Task Planner_OpensARoundOnThePage_ABadDeadlineIsShownNextToTheField_AndTheWarningsAfterwards(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.PagesAsync("kasubag.puprperkim");
        var opd = await OpdIdAsync(app, Opd);
        var (tahun, tw) = await FreeSlotAsync(app, opd);
        var fields = new Dictionary<string, string>
        {
            ["Input.PerangkatDaerahId"] = opd.ToString(), ["Input.Tahun"] = tahun.ToString(), ["Input.Triwulan"] = tw.ToString(),
            ["Input.Dibuka"] = $"{tahun}-04-10", ["Input.BatasWaktu"] = $"{tahun}-04-01",
        };
        var refused = await Forms.ParseAsync(await Forms.PostAsync(client, "/Pengumpulan", fields));
        Forms.FieldError(refused, "Input.BatasWaktu").ShouldBe("Batas waktu harus setelah tanggal pembukaan.");
        (await app.DbAsync(d => d.PengumpulanData.CountAsync(r => r.PerangkatDaerahId == opd && r.Tahun == tahun && r.Triwulan == tw))).ShouldBe(0);

        fields["Input.BatasWaktu"] = $"{tahun}-04-30";
        var opened = await Forms.PostAsync(client, "/Pengumpulan", fields);
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var round = await app.DbAsync(d => d.PengumpulanData.Include(r => r.FormatDataKinerja).SingleAsync(r => r.PerangkatDaerahId == opd && r.Tahun == tahun && r.Triwulan == tw));
        opened.Headers.Location!.ToString().ShouldBe($"/Pengumpulan/{round.Id}");
        var page = await Forms.GetDocumentAsync(client, $"/Pengumpulan/{round.Id}");
        // No signed PK for that year: every indicator opens without a quarterly target, and the planner is told.
        page.QuerySelector("[data-testid=opening-warnings]")!.TextContent.ShouldContain("Indikator IK-1.2 belum memiliki target");
        page.QuerySelectorAll("[data-testid=round-forms] tbody tr[data-form]").Length.ShouldBe(round.FormatDataKinerja.Count);
        page.QuerySelector("[data-testid=round-forms]")!.TextContent.ShouldContain(Seksi);

        var list = await Forms.GetDocumentAsync(client, $"/Pengumpulan?tahun={tahun}&opd={opd}");
        list.QuerySelector($"[data-testid=round-list] tr[data-round='{round.Id}']")!.TextContent.ShouldContain($"0 / {round.FormatDataKinerja.Count}");
        // A Pelaksana reads the rounds but is not offered the opening form.
        var staff = await Forms.GetDocumentAsync(await app.PagesAsync("pelaksana.puprperkim"), "/Pengumpulan");
        staff.QuerySelector("[data-testid=open-round]").ShouldBeNull();
    }

    [Theory, BothDatabases]
    public async Task ThePagesOpenForTheOpd_AndAnotherOpdGets404(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenFreeAsync(app, await app.ApiAsync("kasubag.puprperkim"), Opd);
        var formId = FormatOf(round, Seksi);
        var roundId = round.GetProperty("id").GetInt32();
        var row = await RowIdAsync(app, formId);
        var staff = await app.PagesAsync("pelaksana.puprperkim");
        var grid = await Forms.GetDocumentAsync(staff, $"/Pengumpulan/Format/{formId}");
        grid.QuerySelector("[data-testid=grid-indikator]")!.TextContent.ShouldContain("IK-1.2");
        grid.QuerySelector<IHtmlInputElement>("#Indikator_0__Realisasi").ShouldNotBeNull();
        (await Forms.GetDocumentAsync(staff, $"/Pengumpulan/Format/{formId}/Riwayat?baris=indikator:{row}")).QuerySelector("h1")!.TextContent.ShouldContain("IK-1.2");

        // The Sekretaris reads the form, without inputs; a save posted anyway is refused and changes nothing.
        var sekretaris = await app.PagesAsync("sekretaris.puprperkim");
        (await Forms.GetDocumentAsync(sekretaris, $"/Pengumpulan/Format/{formId}")).QuerySelector("#Indikator_0__Realisasi").ShouldBeNull();
        var refused = await Forms.ParseAsync(await Forms.PostAsync(sekretaris, $"/Pengumpulan/Format/{formId}",
            new() { ["Indikator[0].Id"] = row.ToString(), ["Indikator[0].Version"] = "0", ["Indikator[0].Realisasi"] = "9" }, "Simpan"));
        Forms.Summary(refused).ShouldContain("Anda dapat melihat formulir ini tetapi tidak mengisinya.");
        (await RealisasiAsync(app, row)).ShouldBeNull();

        var outsider = await app.PagesAsync("pelaksana.bpkpad");
        foreach (var url in new[] { $"/Pengumpulan/{roundId}", $"/Pengumpulan/Format/{formId}", $"/Pengumpulan/Format/{formId}/Riwayat?baris=indikator:{row}" })
            (await outsider.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await Forms.GetDocumentAsync(outsider, "/Pengumpulan")).QuerySelector($"[data-testid=round-list] tr[data-round='{roundId}']").ShouldBeNull();
    }

    [Theory, BothDatabases]
    public async Task WithoutScript_TheUnitSavesAndSubmits_AndTheChecksAreShownBesideTheRow(DatabaseProvider db)
    {
        var app = apps[db];
        var formId = FormatOf(await OpenFreeAsync(app, await app.ApiAsync("kasubag.puprperkim"), Opd), Seksi);
        var rows = await SetTargetsAsync(app, formId, 4);
        var row = rows["IK-1.2"];
        var staff = await app.PagesAsync("pelaksana.puprperkim");
        var url = $"/Pengumpulan/Format/{formId}";
        Dictionary<string, string> Fields(string realisasi, int version, string? penjelasan = null) => new()
        {
            ["Indikator[0].Id"] = row.ToString(), ["Indikator[0].Version"] = version.ToString(), ["Indikator[0].Realisasi"] = realisasi,
            ["Indikator[0].FaktorPendukung"] = "Cuaca mendukung", ["Indikator[0].Penjelasan"] = penjelasan ?? "",
        };

        var bad = await Forms.ParseAsync(await Forms.PostAsync(staff, url, Fields("tiga koma lima", await VersionAsync(app, row)), "Simpan"));
        Forms.FieldError(bad, "Indikator[0].Realisasi").ShouldBe("Realisasi \"tiga koma lima\" bukan angka (contoh: 80,50).");
        bad.QuerySelector<IHtmlInputElement>("#Indikator_0__Realisasi")!.Value.ShouldBe("tiga koma lima");
        (await RealisasiAsync(app, row)).ShouldBeNull();

        var saved = await Forms.PostAsync(staff, url, Fields("3,5", await VersionAsync(app, row)), "Simpan");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RealisasiAsync(app, row)).ShouldBe(3.5m);
        var page = await Forms.GetDocumentAsync(staff, url);
        page.QuerySelector<IHtmlInputElement>("#Indikator_0__Realisasi")!.Value.ShouldBe("3,5");
        page.QuerySelector("tr[data-row] [data-capaian]")!.TextContent.Trim().ShouldBe("87,50 %");

        // Far below the target with no explanation: an error beside the row, and the form stays with the unit.
        var version = await VersionAsync(app, row);
        var refused = await Forms.ParseAsync(await Forms.PostAsync(staff, url, Fields("1", version), "Ajukan"));
        var issue = refused.QuerySelector($"[data-issues-for='indikator:{row}'] .issue")!;
        (issue.GetAttribute("data-severity"), issue.TextContent.Trim()).ShouldBe(("Error", "✖ Realisasi 1 jauh dari target 4 (25 % dari target). Tuliskan penjelasannya."));
        (await RealisasiAsync(app, row)).ShouldBe(1m);
        (await StatusAsync(app, formId)).ShouldBe(FormatStatus.Isian);

        // Explained, it becomes a warning that needs the confirmation box; confirmed, the form goes to the Kabid.
        version = await VersionAsync(app, row);
        var warned = await Forms.ParseAsync(await Forms.PostAsync(staff, url, Fields("1", version, "Lelang ulang paket jalan"), "Ajukan"));
        warned.QuerySelector($"[data-issues-for='indikator:{row}'] .issue")!.GetAttribute("data-severity").ShouldBe("Warning");
        Forms.FieldError(warned, "Konfirmasi").ShouldBe("Centang konfirmasi untuk mengajukan dengan peringatan.");
        (await StatusAsync(app, formId)).ShouldBe(FormatStatus.Isian);
        var fields = Fields("1", await VersionAsync(app, row), "Lelang ulang paket jalan");
        fields["Konfirmasi"] = "true";
        (await Forms.PostAsync(staff, url, fields, "Ajukan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == formId).Select(f => new { f.Status, f.DiajukanOleh }).SingleAsync());
        (stored.Status, stored.DiajukanOleh).ShouldBe((FormatStatus.MenungguKabid, "pelaksana.puprperkim"));
        (await app.DbAsync(d => d.FormatIndikator.Where(r => r.Id == row).Select(r => r.Penjelasan).SingleAsync())).ShouldBe("Lelang ulang paket jalan");
    }

    [Theory, BothDatabases]
    public async Task TheKabidReturnsARowWithANote_TheUnitSeesIt_ThenApprovalVerificationAndTheLock(DatabaseProvider db)
    {
        var app = apps[db];
        var planner = await app.ApiAsync("kasubag.puprperkim");
        var round = await OpenFreeAsync(app, planner, Opd);
        var roundId = round.GetProperty("id").GetInt32();
        var forms = round.GetProperty("formatDataKinerja").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).ToList();
        var formId = FormatOf(round, Seksi);
        var row = (await SetTargetsAsync(app, formId, 4))["IK-1.2"];
        var staffApi = await app.ApiAsync("pelaksana.puprperkim");
        var api = $"/api/v1/format-data/{formId}";
        var form = await JsonAsync(await staffApi.PutAsJsonAsync(api, FillAll(await JsonAsync(await staffApi.GetAsync(api)), 4)));
        await JsonAsync(await staffApi.PostAsJsonAsync($"{api}/ajukan", new { version = Version(form) }));

        var kabid = await app.PagesAsync("kabid.puprperkim");
        var url = $"/Pengumpulan/Format/{formId}";
        var formVersion = await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == formId).Select(f => f.Version).SingleAsync());
        var noNote = await Forms.ParseAsync(await Forms.PostAsync(kabid, url, new() { ["Version"] = formVersion.ToString() }, "Kembalikan"));
        Forms.FieldError(noNote, "Catatan").ShouldBe("Tuliskan catatan pengembalian (untuk formulir atau baris).");
        (await StatusAsync(app, formId)).ShouldBe(FormatStatus.MenungguKabid);

        (await Forms.PostAsync(kabid, url, new() { ["Version"] = formVersion.ToString(), [$"CatatanBaris[indikator:{row}]"] = "Lampirkan berita acara" }, "Kembalikan"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var staff = await app.PagesAsync("pelaksana.puprperkim");
        var returned = await Forms.GetDocumentAsync(staff, url);
        returned.QuerySelector("[data-testid=row-note]")!.TextContent.ShouldContain("Lampirkan berita acara");
        // The validation history names the returned row by its code, not by the internal key "indikator:ID".
        (await app.DbAsync(d => d.FormatRiwayat.Where(h => h.FormatDataKinerjaId == formId && h.Aksi == FormatAction.Kembalikan).Select(h => h.Catatan).SingleAsync()))
            .ShouldBe("[IK-1.2] Lampirkan berita acara");
        // A returned form asks why values change; without a reason nothing is saved.
        var v = await VersionAsync(app, row);
        var noReason = await Forms.ParseAsync(await Forms.PostAsync(staff, url, new() { ["Indikator[0].Id"] = row.ToString(), ["Indikator[0].Version"] = v.ToString(), ["Indikator[0].Realisasi"] = "4,5" }, "Ajukan"));
        Forms.FieldError(noReason, "Alasan").ShouldBe("Formulir ini sudah pernah diajukan; tuliskan alasan perubahan nilai.");
        (await RealisasiAsync(app, row)).ShouldBe(4m);
        (await Forms.PostAsync(staff, url, new() { ["Indikator[0].Id"] = row.ToString(), ["Indikator[0].Version"] = v.ToString(), ["Indikator[0].Realisasi"] = "4,5",
            ["Indikator[0].FaktorPendukung"] = "Dukungan anggaran tepat waktu", ["Alasan"] = "Berita acara dilampirkan" }, "Ajukan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync(app, formId)).ShouldBe(FormatStatus.MenungguKabid);

        var history = await Forms.GetDocumentAsync(staff, $"{url}/Riwayat?baris=indikator:{row}");
        var change = history.QuerySelectorAll("[data-testid=cell-history] tbody tr").Select(r => r.TextContent).First(t => t.Contains("4,5"));
        change.ShouldContain("pelaksana.puprperkim");
        change.ShouldContain("Berita acara dilampirkan");

        await ApproveOnPageAsync(app, kabid, formId, "Setujui");
        var kasubag = await app.PagesAsync("kasubag.puprperkim");
        await ApproveOnPageAsync(app, kasubag, formId, "Verifikasi");
        (await StatusAsync(app, formId)).ShouldBe(FormatStatus.Terkunci);
        (await Forms.GetDocumentAsync(kasubag, $"/Pengumpulan/{roundId}")).QuerySelector("form[action*='handler=Kunci']").ShouldBeNull();

        // The other units' forms of the round verified as stored data, then the round is locked on its page.
        foreach (var other in forms.Where(id => id != formId)) await MarkVerifiedAsync(app, other);
        var lockPage = $"/Pengumpulan/{roundId}";
        var version = await app.DbAsync(d => d.PengumpulanData.Where(r => r.Id == roundId).Select(r => r.Version).SingleAsync());
        (await Forms.PostAsync(kasubag, lockPage, new() { ["Version"] = version.ToString() }, "Kunci")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.DbAsync(d => d.PengumpulanData.Where(r => r.Id == roundId).Select(r => r.DikunciUtc).SingleAsync())).ShouldNotBeNull();
        (await Forms.GetDocumentAsync(kasubag, lockPage)).QuerySelector("[data-testid=round-locked]").ShouldNotBeNull();
    }

    [Theory, BothDatabases]
    public async Task AfterTheDeadline_ThePlannerEntersOnTheUnitsBehalf_OnlyWithAReason_AndTheFormIsFlagged(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenFreeAsync(app, await app.ApiAsync("kasubag.puprperkim"), Opd);
        var formId = FormatOf(round, Seksi);
        var row = (await SetTargetsAsync(app, formId, 4))["IK-1.2"];
        await app.DbAsync(d => d.PengumpulanData.Where(r => r.Id == round.GetProperty("id").GetInt32())
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.BatasWaktuUtc, DateTime.UtcNow.AddMinutes(-1))));
        var url = $"/Pengumpulan/Format/{formId}";

        // The unit no longer gets inputs; the planner does, with the reason field.
        (await Forms.GetDocumentAsync(await app.PagesAsync("pelaksana.puprperkim"), url)).QuerySelector("#Indikator_0__Realisasi").ShouldBeNull();
        var planner = await app.PagesAsync("kasubag.puprperkim");
        (await Forms.GetDocumentAsync(planner, url)).QuerySelector("[data-testid=on-behalf]")!.TextContent.ShouldContain("Batas waktu sudah lewat");
        var fields = new Dictionary<string, string> { ["Indikator[0].Id"] = row.ToString(), ["Indikator[0].Version"] = (await VersionAsync(app, row)).ToString(), ["Indikator[0].Realisasi"] = "4" };
        var refused = await Forms.ParseAsync(await Forms.PostAsync(planner, url, fields, "Simpan"));
        Forms.FieldError(refused, "Alasan").ShouldBe("Pengisian setelah batas waktu atas nama unit wajib disertai alasan.");
        (await RealisasiAsync(app, row)).ShouldBeNull();

        fields["Alasan"] = "Data diserahkan Seksi lewat surat";
        (await Forms.PostAsync(planner, url, fields, "Simpan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RealisasiAsync(app, row)).ShouldBe(4m);
        (await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == formId).Select(f => f.DiisiPerencanaan).SingleAsync())).ShouldBeTrue();
        (await Forms.GetDocumentAsync(planner, url)).QuerySelector("[data-testid=on-behalf-flag]").ShouldNotBeNull();
        (await Forms.GetDocumentAsync(planner, $"/Pengumpulan/{round.GetProperty("id").GetInt32()}"))
            .QuerySelector($"tr[data-form='{formId}']")!.TextContent.ShouldContain("diisi Perencanaan");
    }

    private static async Task ApproveOnPageAsync(KinerjaApp app, HttpClient client, int formId, string handler)
    {
        var version = await app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == formId).Select(f => f.Version).SingleAsync());
        var page = await Forms.GetDocumentAsync(client, $"/Pengumpulan/Format/{formId}");
        page.QuerySelector($"[data-testid=chain-actions] form[action*='handler={handler}']").ShouldNotBeNull();
        (await Forms.PostAsync(client, $"/Pengumpulan/Format/{formId}", new() { ["Version"] = version.ToString() }, handler)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Setup only: the round's other units have no demo accounts of their own, so their forms are stored as verified.</summary>
    private static async Task MarkVerifiedAsync(KinerjaApp app, int formId)
    {
        await app.DbAsync(async d =>
        {
            var f = await d.FormatDataKinerja.SingleAsync(x => x.Id == formId);
            d.Entry(f).Property(x => x.Status).CurrentValue = FormatStatus.Terkunci;
            return await d.SaveChangesAsync();
        });
    }

    public static async Task<(int Tahun, int Triwulan)> FreeSlotAsync(KinerjaApp app, int opd)
    {
        var taken = await app.DbAsync(d => d.PengumpulanData.Where(r => r.PerangkatDaerahId == opd).Select(r => r.Tahun * 10 + r.Triwulan).ToListAsync());
        return (from y in new[] { 2029, 2028, 2027, 2025 } from q in Enumerable.Range(1, 4) select (y, q)).First(s => !taken.Contains(s.y * 10 + s.q));
    }

    private static Task<int> RowIdAsync(KinerjaApp app, int formId) =>
        app.DbAsync(d => d.FormatIndikator.Where(r => r.FormatDataKinerjaId == formId).Select(r => r.Id).FirstAsync());

    private static Task<decimal?> RealisasiAsync(KinerjaApp app, int row) =>
        app.DbAsync(d => d.FormatIndikator.Where(r => r.Id == row).Select(r => r.Realisasi).SingleAsync());

    private static Task<int> VersionAsync(KinerjaApp app, int row) =>
        app.DbAsync(d => d.FormatIndikator.Where(r => r.Id == row).Select(r => r.Version).SingleAsync());

    private static Task<FormatStatus> StatusAsync(KinerjaApp app, int formId) =>
        app.DbAsync(d => d.FormatDataKinerja.Where(f => f.Id == formId).Select(f => f.Status).SingleAsync());
}
