using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Rekap;
using static Kinerja.Web.Tests.Rekap.RekapFixture;

namespace Kinerja.Web.Tests.Rekap;

/// <summary>/Rekap as a Kasubag, a Kabid and the planning agency use it: the page shows the API's figures, row for row.</summary>
[Collection("web")]
public class RekapPagesTests(TestApps apps)
{
    private static string Text(IElement? e) => e?.TextContent.Trim() ?? "";

    private static string Tampil(JsonElement e, string field = "capaian") => e.GetProperty(field).GetProperty("tampil").GetString()!;

    [Theory, BothDatabases]
    public async Task SemesterI_ShowsEveryIndicatorWithTheApisCapaianPredikatAndStatus_GroupedUnderItsSasaran(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var query = $"tahun={Tahun}&periode=S1";
        var api = await RekapAsync(await app.ApiAsync("kasubag.bpbd"), query);
        var page = await Forms.GetDocumentAsync(await app.PagesAsync("kasubag.bpbd"), "/Rekap?" + query);

        Text(page.QuerySelector("[data-testid=rekap-cakupan]")).ShouldBe(api.GetProperty("cakupan").GetString());
        Text(page.QuerySelector("[data-testid=rekap-kepala]")).ShouldContain("Semester I 2026");
        Text(page.QuerySelector("[data-testid=rekap-kepala]")).ShouldContain("Hanya data yang sudah dikunci");
        page.QuerySelector("[data-testid=belum-final]").ShouldBeNull();
        ((IHtmlSelectElement)page.QuerySelector("#periode")!).Value.ShouldBe("S1");

        var rows = Rows(api).ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(9);
        var table = page.QuerySelector("[data-testid=rekap-capaian]")!;
        table.QuerySelectorAll("tr[data-indikator]").Length.ShouldBe(rows.Count);
        foreach (var row in rows)
        {
            var tr = table.QuerySelector($"tr[data-indikator='{row.GetProperty("indikatorId").GetInt32()}']")!;
            var kode = row.GetProperty("kode").GetString()!;
            Text(tr.QuerySelector("[data-testid=capaian]")).ShouldStartWith(Tampil(row), Case.Sensitive, kode);
            var predikat = row.GetProperty("predikat");
            Text(tr.QuerySelector("[data-testid=predikat]")).ShouldBe(predikat.ValueKind == JsonValueKind.Null ? "–" : predikat.GetProperty("label").GetString(), kode);
            if (predikat.ValueKind != JsonValueKind.Null)
                tr.QuerySelector("[data-testid=predikat] .predikat")!.GetAttribute("style").ShouldBe("background:" + predikat.GetProperty("warna").GetString());
            Text(tr.QuerySelector("[data-testid=status]")).ShouldBe(Enum.Parse<DataStatus>(row.GetProperty("status").GetString()!).Label(), kode);
            tr.TextContent.ShouldContain(row.GetProperty("satuan").GetString()!);
            tr.TextContent.ShouldContain(row.GetProperty("aturanRollUp").GetString()!);
        }
        // Every figure of Semester I of 2026 in BPBD is computed from locked forms: never "0 %" for a missing one.
        rows.Where(r => r.GetProperty("capaian").GetProperty("status").GetString() == "Computed").ShouldNotBeEmpty();

        // Each sasaran heads its rows with the mean of its indicators, each tujuan with the mean of its sasaran.
        var opd = api.GetProperty("perangkatDaerah")[0];
        foreach (var sasaran in opd.GetProperty("tujuan").EnumerateArray().SelectMany(t => t.GetProperty("sasaran").EnumerateArray()))
        {
            var body = table.QuerySelector($"tbody[data-sasaran='{sasaran.GetProperty("sasaranId").GetInt32()}']")!;
            Text(body.QuerySelector("[data-testid=sasaran-capaian]")).ShouldBe(Tampil(sasaran));
            body.QuerySelectorAll("tr[data-indikator]").Length.ShouldBe(sasaran.GetProperty("indikator").GetArrayLength());
        }
        Text(page.QuerySelector("[data-testid=rata-rata]")).ShouldBe(Tampil(opd, "rataRataCapaian"));

        // Budget beside it: the OPD's pagu and realisasi as the API sums them, one row per budget line.
        var budget = page.QuerySelector("[data-testid=rekap-anggaran]")!;
        budget.QuerySelectorAll("tr[data-anggaran]").Length.ShouldBe(opd.GetProperty("anggaran").GetArrayLength());
        var foot = Text(budget.QuerySelector("tfoot"));
        foot.ShouldContain(opd.GetProperty("keuangan").GetProperty("pagu").GetInt64().ToString("#,##0", Id));
        foot.ShouldContain(Tampil(opd.GetProperty("keuangan"), "serapan"));
        // The checks the API found are listed, one line each.
        var checks = api.GetProperty("pemeriksaan").EnumerateArray().Select(c => c.GetProperty("pesan").GetString()!).ToList();
        var listed = page.QuerySelectorAll("[data-testid=rekap-pemeriksaan] li").Select(Text).ToList();
        listed.Count.ShouldBe(checks.Count);
        for (var n = 0; n < checks.Count; n++) listed[n].ShouldEndWith(checks[n]);
    }

    [Theory, BothDatabases]
    public async Task TheSubmittedDataSwitch_CountsSubmittedForms_AndMarksTheRecapNotFinal(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var client = await app.PagesAsync("kasubag.bpbd");
        var api = await RekapAsync(await app.ApiAsync("kasubag.bpbd"), $"tahun={Tahun}&periode=TW2");
        var logistik = Rows(api).Single(r => r.GetProperty("kode").GetString() == "IK-2.3").GetProperty("indikatorId").GetInt32();

        // TW II: Seksi Logistik's form is only submitted, so by default its indicator has no data yet.
        var locked = await Forms.GetDocumentAsync(client, $"/Rekap?tahun={Tahun}&periode=TW2");
        var row = locked.QuerySelector($"[data-testid=rekap-capaian] tr[data-indikator='{logistik}']")!;
        (Text(row.QuerySelector("[data-testid=capaian]")), Text(row.QuerySelector("[data-testid=status]"))).ShouldBe(("Belum ada data", "Diajukan (belum final)"));
        ((IHtmlInputElement)locked.QuerySelector("#diajukan")!).IsChecked.ShouldBeFalse();
        locked.QuerySelector("[data-testid=unduh-xlsx]")!.GetAttribute("href")!.ShouldNotContain("diajukan");

        var submitted = await Forms.GetDocumentAsync(client, $"/Rekap?tahun={Tahun}&periode=TW2&diajukan=true");
        Text(submitted.QuerySelector("[data-testid=belum-final]")).ShouldContain("belum final");
        ((IHtmlInputElement)submitted.QuerySelector("#diajukan")!).IsChecked.ShouldBeTrue();
        row = submitted.QuerySelector($"[data-testid=rekap-capaian] tr[data-indikator='{logistik}']")!;
        Text(row.QuerySelector("[data-testid=capaian]")).ShouldEndWith("%");
        Text(submitted.QuerySelector("[data-testid=rekap-pemeriksaan]")).ShouldContain("IK-2.3 (BPBD), TW II: angka dari formulir yang diajukan tetapi belum dikunci");
        submitted.QuerySelector("[data-testid=unduh-xlsx]")!.GetAttribute("href")!.ShouldContain("diajukan=true");
    }

    [Theory, BothDatabases]
    public async Task EveryPeriodIsOffered_AndEachLevelShowsOnlyWhatTheUserReads(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var kasubag = await Forms.GetDocumentAsync(await app.PagesAsync("kasubag.bpbd"), $"/Rekap?tahun={Tahun}&periode=TW1");
        kasubag.QuerySelectorAll("#periode option").Select(o => o.GetAttribute("value")).ShouldBe(Periode.All.Select(p => p.Code));
        kasubag.QuerySelectorAll("#periode option").Select(Text).ShouldContain("Semester II");
        kasubag.QuerySelectorAll("#periode option").Select(Text).ShouldContain("s.d. TW III");
        kasubag.QuerySelectorAll("#tingkat option").Select(o => o.GetAttribute("value")).ShouldBe(["unit", "opd"]);

        // A Kabid sees their Bidang only; asking for the whole OPD is refused, another OPD does not exist for them.
        var kabid = await app.PagesAsync("kabid.bpbd");
        var own = await Forms.GetDocumentAsync(kabid, $"/Rekap?tahun={Tahun}&periode=TW1");
        Text(own.QuerySelector("[data-testid=rekap-cakupan]")).ShouldBe("Bidang Pencegahan dan Kesiapsiagaan — Badan Penanggulangan Bencana Daerah");
        own.QuerySelectorAll("[data-testid=rekap-capaian] tr[data-indikator]").Select(r => r.GetAttribute("data-kode")).Order()
            .ShouldBe(["IK-1.2", "IK-1.3", "IK-1.4", "IKU-1"]);
        own.QuerySelectorAll("#tingkat option").Select(o => o.GetAttribute("value")).ShouldBe(["unit"]);
        var refused = await kabid.GetAsync($"/Rekap?tahun={Tahun}&periode=TW1&tingkat=opd");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Text((await Forms.ParseAsync(refused)).QuerySelector("[data-testid=rekap-error]")).ShouldNotBeEmpty();
        var bpkpad = await OpdAsync(app, "BPKPAD");
        (await kabid.GetAsync($"/Rekap?tahun={Tahun}&periode=TW1&tingkat=opd&perangkatDaerahId={bpkpad}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The planning agency reads the Pemda: one line per OPD with the API's mean capaian.
        var pemdaApi = await RekapAsync(await app.ApiAsync("kasubag.bappeda"), $"tahun={Tahun}&periode=TW1&tingkat=pemda");
        var pemda = await Forms.GetDocumentAsync(await app.PagesAsync("kasubag.bappeda"), $"/Rekap?tahun={Tahun}&periode=TW1&tingkat=pemda");
        pemda.QuerySelectorAll("#tingkat option").Select(o => o.GetAttribute("value")).ShouldContain("pemda");
        var opdRows = pemda.QuerySelectorAll("[data-testid=rekap-opd] tbody tr[data-opd]");
        opdRows.Length.ShouldBe(pemdaApi.GetProperty("perangkatDaerah").GetArrayLength());
        foreach (var o in pemdaApi.GetProperty("perangkatDaerah").EnumerateArray())
            Text(pemda.QuerySelector($"[data-testid=rekap-opd] tr[data-opd='{o.GetProperty("perangkatDaerahId").GetInt32()}'] td:nth-child(2)"))
                .ShouldBe(Tampil(o, "rataRataCapaian"));
    }

    [Theory, BothDatabases]
    public async Task BadFilters_ShowTheErrorNextToTheField_AndNoTable(DatabaseProvider db)
    {
        var client = await apps[db].PagesAsync("kasubag.bpbd");
        var year = await Forms.GetDocumentAsync(client, "/Rekap?tahun=1900&periode=TW1");
        Forms.FieldError(year, "tahun").ShouldContain("Tahun tidak wajar");
        year.QuerySelector("[data-testid=rekap-capaian]").ShouldBeNull();
        var period = await Forms.GetDocumentAsync(client, $"/Rekap?tahun={Tahun}&periode=TW5");
        Forms.FieldError(period, "periode").ShouldContain("TW5");
        period.QuerySelector("[data-testid=rekap-capaian]").ShouldBeNull();
    }

    [Theory, BothDatabases]
    public async Task ThePrintView_HasThePagesFigures_WithoutFiltersOrCharts(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var client = await app.PagesAsync("kasubag.bpkpad");
        var page = await Forms.GetDocumentAsync(client, $"/Rekap?tahun={Tahun}&periode=S1");
        var href = page.QuerySelector("[data-testid=cetak]")!.GetAttribute("href")!;
        var print = await Forms.GetDocumentAsync(client, href);
        print.QuerySelector("form").ShouldBeNull();
        print.QuerySelector("canvas").ShouldBeNull();
        Text(print.QuerySelector("h1")).ShouldBe("Rekap capaian kinerja");
        static List<string> Figures(IHtmlDocument d) => d.QuerySelectorAll("[data-testid=rekap-capaian] [data-testid=capaian]").Select(Text).ToList();
        Figures(print).ShouldNotBeEmpty();
        Figures(print).ShouldBe(Figures(page));
        Text(print.QuerySelector("[data-testid=rekap-skala]")).ShouldContain("Sangat Tinggi");
    }

    [Theory, BothDatabases]
    public async Task InEnglish_ThePageSpeaksEnglish(DatabaseProvider db)
    {
        var page = await Forms.GetDocumentAsync(await apps[db].PagesAsync("kasubag.bpbd"), $"/Rekap?tahun={Tahun}&periode=TW1&lang=en");
        Text(page.QuerySelector("h1")).ShouldBe("Performance achievement recap");
        Text(page.QuerySelector("label[for=diajukan]")).ShouldBe("Include submitted data (not final)");
    }

    private static readonly System.Globalization.CultureInfo Id = System.Globalization.CultureInfo.GetCultureInfo("id-ID");

    [Theory, BothDatabases]
    public async Task TheRoundPage_LeadsToTheRecapOfItsQuarter(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var opd = await OpdAsync(app, "BPBD");
        var round = await app.DbAsync(d => d.PengumpulanData.Where(r => r.PerangkatDaerahId == opd && r.Tahun == Tahun && r.Triwulan == 1)
            .Select(r => r.Id).SingleAsync());
        var client = await app.PagesAsync("kasubag.bpbd");
        var page = await Forms.GetDocumentAsync(client, $"/Pengumpulan/{round}");
        var href = page.QuerySelector("[data-testid=lihat-rekap]")!.GetAttribute("href")!;
        var rekap = await Forms.GetDocumentAsync(client, href);
        Text(rekap.QuerySelector("[data-testid=rekap-kepala]")).ShouldContain("TW I 2026");
        Text(rekap.QuerySelector("[data-testid=rekap-cakupan]")).ShouldContain("Badan Penanggulangan Bencana Daerah");
    }
}
