using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Perencanaan;

[Collection("web")]
public class PerencanaanPagesTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task IndicatorEditor_WithoutScript_ComputesThePreviewOnHitung_AndShowsTargetErrorsNextToTheYear(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.PagesAsync("kasubag.bpbd");
        var sasaran = await app.DbAsync(d => d.Sasaran.Where(s => s.Tujuan.Renstra.PerangkatDaerah.Kode == "BPBD" && s.Tujuan.Renstra.Nama.EndsWith("(demo)")).Select(s => s.Id).FirstAsync());
        var url = $"/Perencanaan/Indikator?sasaran={sasaran}";
        var fields = new Dictionary<string, string>
        {
            ["Sasaran"] = sasaran.ToString(), ["Input.Kode"] = "IK-HAL", ["Input.Nama"] = "Persentase uji halaman", ["Input.Satuan"] = "%",
            ["Input.Polarity"] = "Positive", ["Input.RollUp"] = "NilaiAkhir", ["Input.Decimals"] = "2", ["Input.Target[2026]"] = "120",
            ["ContohTarget"] = "80", ["ContohRealisasi"] = "70",
        };

        var preview = await Forms.ParseAsync(await Forms.PostAsync(client, url, fields, handler: "Preview"));
        preview.QuerySelector("[data-testid=preview]")!.TextContent.Trim().ShouldBe("87,50 %");
        preview.QuerySelector("[data-testid=predikat]")!.TextContent.ShouldContain("Tinggi");
        preview.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Nama")!.Value.ShouldBe("Persentase uji halaman");

        var saved = await Forms.ParseAsync(await Forms.PostAsync(client, url, fields));
        Forms.FieldError(saved, "Input.Targets[2026]").ShouldBe("Target 2026 dalam persen harus antara 0 dan 100.");
        (await app.DbAsync(d => d.Indikator.AnyAsync(i => i.Kode == "IK-HAL"))).ShouldBeFalse();
    }

    [Theory, BothDatabases]
    public async Task PlanTree_ShowsTheTargetGrid_AndOnlyPlannersSeeEditLinks(DatabaseProvider db)
    {
        var app = apps[db];
        var kasubag = await Forms.GetDocumentAsync(await app.PagesAsync("kasubag.bpbd"), "/Perencanaan");
        var irb = kasubag.QuerySelectorAll("[data-testid=indikator]").First(r => r.TextContent.Contains("Indeks Risiko Bencana"));
        irb.TextContent.ShouldContain("128");
        irb.TextContent.ShouldContain("Negatif (selisih)");
        kasubag.QuerySelectorAll("a").Count(a => a.TextContent == "Tambah indikator").ShouldBeGreaterThan(0);

        var kabid = await Forms.GetDocumentAsync(await app.PagesAsync("kabid.bpbd"), "/Perencanaan");
        kabid.QuerySelectorAll("[data-testid=indikator]").Length.ShouldBeGreaterThanOrEqualTo(8);
        kabid.QuerySelectorAll("a").Count(a => a.TextContent is "Tambah indikator" or "Ubah").ShouldBe(0);
    }

    [Theory, BothDatabases]
    public async Task Planner_CreatesARenstraInTheBrowser_AndAnOverlapIsExplainedNextToTheYear(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.PagesAsync("kasubag.puprperkim");
        var opd = await app.DbAsync(d => d.PerangkatDaerah.Where(o => o.Kode == "PUPRPERKIM").Select(o => o.Id).SingleAsync());
        var year = db == DatabaseProvider.Sqlite ? 2031 : 2036;

        var created = await Forms.PostAsync(client, $"/Perencanaan?opd={opd}", new() { ["opd"] = opd.ToString(), ["NamaRenstra"] = "Renstra PUPRPERKIM berikutnya", ["TahunAwal"] = year.ToString(), ["TahunAkhir"] = (year + 4).ToString() }, handler: "Renstra");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await Forms.GetDocumentAsync(client, created.Headers.Location!.ToString());
        page.Body!.TextContent.ShouldContain("Renstra PUPRPERKIM berikutnya");

        var overlap = await Forms.ParseAsync(await Forms.PostAsync(client, $"/Perencanaan?opd={opd}", new() { ["opd"] = opd.ToString(), ["NamaRenstra"] = "Tumpang", ["TahunAwal"] = (year + 2).ToString(), ["TahunAkhir"] = (year + 6).ToString() }, handler: "Renstra"));
        Forms.FieldError(overlap, "TahunAwal").ShouldContain("Sudah ada Renstra");
    }
}
