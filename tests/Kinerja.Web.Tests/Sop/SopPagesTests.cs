using Kinerja.Domain.Sop;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Sop;

[Collection("web")]
public class SopPagesTests(TestApps apps)
{
    private static async Task<int> SeededSopAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.SopDokumen.Where(s => s.PerangkatDaerah.Kode == kode && s.Revisi.Any(r => r.Revisi == 1 && r.CreatedByUserName == "demo"))
            .Select(s => s.Id).SingleAsync());

    public static TheoryData<DatabaseProvider, string, string, string> Seeds()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var db in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(db, "bpbd", "BPBD", SeedSops.BpbdBalangan);
            data.Add(db, "bpkpad", "BPKPAD", SeedSops.BpkpadBalangan);
            data.Add(db, "puprperkim", "PUPRPERKIM", SeedSops.PuprperkimBalangan);
            data.Add(db, "diskop", "DISKOPUKMPERINDAG", SeedSops.DiskopUkmPerindagBalangan);
            data.Add(db, "bappeda", "BAPPEDA-LITBANG", SeedSops.BappedaLitbangBanggai);
        }
        return data;
    }

    [Theory, MemberData(nameof(Seeds))]
    public async Task PrintPage_ShowsEveryStep_AndAFlowchartShapePerStep(DatabaseProvider db, string slug, string kode, string seed)
    {
        var app = apps[db];
        var definition = SeedSops.Definition(seed);
        var client = await app.PagesAsync($"kasubag.{slug}");

        var page = await Forms.GetDocumentAsync(client, $"/Sop/Cetak/{await SeededSopAsync(app, kode)}");

        var rows = page.QuerySelectorAll("tr.baris");
        rows.Length.ShouldBe(definition.Steps.Count);
        for (var i = 0; i < definition.Steps.Count; i++)
            rows[i].TextContent.ShouldContain(definition.Steps[i].Kegiatan);
        // The flowchart comes as one SVG per printed page; every shape is drawn once, on its row's page.
        var svgs = page.QuerySelectorAll("svg.bagan-alir");
        svgs.Length.ShouldBe(page.QuerySelectorAll("table.langkah").Length);
        foreach (var table in page.QuerySelectorAll("table.langkah"))
        {
            var rowSteps = table.QuerySelectorAll("tr.baris").Select(r => r.GetAttribute("data-langkah")).ToList();
            var shapeSteps = table.QuerySelectorAll("svg [data-langkah]").Select(x => x.GetAttribute("data-langkah")).Distinct().ToList();
            shapeSteps.ShouldBeSubsetOf(rowSteps);
            table.QuerySelectorAll("svg rect.proses, svg polygon.keputusan").Length.ShouldBe(rowSteps.Count);
        }
        page.QuerySelectorAll("svg rect.proses").Length.ShouldBe(definition.Steps.Count(s => !s.IsDecision));
        page.QuerySelectorAll("svg polygon.keputusan").Length.ShouldBe(definition.Steps.Count(s => s.IsDecision));
        page.QuerySelectorAll("svg .terminator").Length.ShouldBe(2);
        // A step of several actors shows a linked copy in each further actor's column.
        page.QuerySelectorAll("svg .proses-serta, svg .keputusan-serta").Length.ShouldBe(definition.Steps.Sum(s => s.Pelaksana.Count - 1));
        // An arrow crossing a page break is drawn on both pages; counted once it is one per flow.
        page.QuerySelectorAll("svg path.alur").Select(x => x.GetAttribute("data-alur")).Distinct().Count()
            .ShouldBe(1 + definition.Steps.Sum(s => s.IsDecision ? 2 : 1));
        // Each off-page connector letter marks both ends of the arrow it cuts.
        foreach (var g in page.QuerySelectorAll("svg .penghubung").GroupBy(x => x.GetAttribute("data-penghubung")))
            g.Select(x => x.Closest("svg")!.GetAttribute("data-halaman")).Distinct().Count().ShouldBe(2, $"connector {g.Key}");
        page.QuerySelectorAll("[data-testid=jumlah-waktu]").Length.ShouldBe(1);
        // Every page's table repeats the header with the actors in order.
        foreach (var table in page.QuerySelectorAll("table.langkah"))
            table.QuerySelectorAll("th.aktor").Select(t => t.TextContent).ShouldBe(definition.Pelaksana.Select(p => p.Judul));
        page.QuerySelector("[data-testid=jumlah-waktu]")!.TextContent.ShouldBe(definition.JumlahWaktu ?? definition.TotalWaktu.Format());
        page.QuerySelector(".identitas")!.TextContent.ShouldContain(definition.Identitas.Nama);
    }

    [Theory, BothDatabases]
    public async Task BpkpadPrintPage_States122Hari3Jam_WithYaTidakOnlyWhereTheSopDecides(DatabaseProvider db)
    {
        var app = apps[db];
        var page = await Forms.GetDocumentAsync(await app.PagesAsync("kabid.bpkpad"), $"/Sop/Cetak/{await SeededSopAsync(app, "BPKPAD")}");
        page.QuerySelector("[data-testid=jumlah-waktu]")!.TextContent.ShouldBe("122 Hari 3 jam");
        page.QuerySelectorAll("svg .cabang").Length.ShouldBe(0, "the BPKPAD SOP has no decision");

        var bpbd = await Forms.GetDocumentAsync(await app.PagesAsync("kasubag.bpbd"), $"/Sop/Cetak/{await SeededSopAsync(app, "BPBD")}");
        bpbd.QuerySelectorAll("svg .cabang").Select(t => t.TextContent).OrderBy(x => x).ShouldBe(["Tidak", "Ya"]);
    }

    [Theory, BothDatabases]
    public async Task Outsider_GetsNotFound_AndKabidCannotOpenTheEditor(DatabaseProvider db)
    {
        var app = apps[db];
        var id = await SeededSopAsync(app, "BPKPAD");
        var outsider = await app.PagesAsync("kasubag.bpbd");
        (await outsider.GetAsync($"/Sop/Cetak/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/Sop/Detail/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var kabid = await app.PagesAsync("kabid.bpkpad");
        var detail = await Forms.GetDocumentAsync(kabid, $"/Sop/Detail/{id}");
        detail.QuerySelector($"a[href='/Sop/Sunting/{id}']").ShouldBeNull("a Kabid reads the SOP but does not revise it");
        (await kabid.GetAsync($"/Sop/Sunting/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, BothDatabases]
    public async Task Editor_ListsEveryErrorWithItsLine_KeepsTheText_ThenSavesTheFixedOne(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.PagesAsync("kasubag.bpbd");
        var opd = await app.DbAsync(d => d.PerangkatDaerah.Where(o => o.Kode == "BPBD").Select(o => o.Id).SingleAsync());
        var url = $"/Sop/Sunting?opd={opd}";

        var bad = await Forms.ParseAsync(await Forms.PostAsync(client, url, new() { ["Input.Yaml"] = SopYamlSamples.FourMistakes }));
        var errors = bad.QuerySelectorAll("[data-testid=sop-errors] li").Select(li => li.TextContent).ToList();
        errors.Count.ShouldBe(4);
        errors.ShouldContain(e => e.StartsWith("Baris 21, langkah 1, kolom pelaksana") && e.Contains("'kabag' tidak dikenal"));
        bad.QuerySelector("textarea")!.TextContent.ShouldContain("pelaksana: [kabag]");

        var nama = "SOP dari editor " + Guid.NewGuid().ToString("N")[..6];
        var saved = await Forms.PostAsync(client, url, new() { ["Input.Yaml"] = SopYamlSamples.Valid(nama) });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = await Forms.GetDocumentAsync(client, saved.Headers.Location!.ToString());
        detail.QuerySelector("h1")!.TextContent.ShouldBe(nama);
        detail.QuerySelectorAll("[data-testid=langkah]").Length.ShouldBe(3);
    }
}
