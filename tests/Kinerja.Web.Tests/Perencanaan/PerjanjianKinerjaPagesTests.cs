using AngleSharp.Dom;
using Kinerja.Domain.Organisasi;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Perencanaan.PkFixture;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>The PK pages as a planner uses them: start a draft, add rows typed Indonesian-style, plan the quarters, print.</summary>
[Collection("web")]
public class PerjanjianKinerjaPagesTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Planner_StartsADraft_AddsARow_AndABadTargetIsShownNextToTheField(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.PagesAsync("kasubag.puprperkim");
        var jabatan = await JabatanAsync(app, SopRole.KepalaBidang, "BID-CK", "Kabid Halaman");

        var created = await Forms.PostAsync(client, "/Perencanaan/Pk", new() { ["Input.JabatanId"] = jabatan.ToString(), ["Input.Tahun"] = "2026", ["Input.AtasanJabatanId"] = "" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = created.Headers.Location!.ToString();
        var id = await app.DbAsync(d => d.PerjanjianKinerja.Where(p => p.JabatanId == jabatan).Select(p => p.Id).SingleAsync());
        url.ShouldBe($"/Perencanaan/Pk/{id}");
        var indikator = (await IndikatorAsync(app, "IKU-2")).ToString();

        var bad = await Forms.ParseAsync(await Forms.PostAsync(client, url, new() { ["Add.IndikatorId"] = indikator, ["Add.Target"] = "delapan puluh" }, "Add"));
        Forms.FieldError(bad, "Add.Target").ShouldContain("bukan angka");
        (await app.DbAsync(d => d.PerjanjianKinerjaIndikator.CountAsync(r => r.PerjanjianKinerjaId == id))).ShouldBe(0);

        (await Forms.PostAsync(client, url, new() { ["Add.IndikatorId"] = indikator, ["Add.Target"] = "82,75" }, "Add")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await Forms.GetDocumentAsync(client, url);
        page.QuerySelector("[data-testid=pk-rows] tbody")!.TextContent.ShouldContain("82,75 %");
        (await Forms.GetDocumentAsync(client, "/Perencanaan/Pk?tahun=2026")).QuerySelector("[data-testid=pk-list]")!.TextContent.ShouldContain("Kabid Halaman");
    }

    [Theory, BothDatabases]
    public async Task RencanaAksiGrid_ShowsTheMismatchNextToTheRow_AndSavesOnceConfirmed_ThenPrints(DatabaseProvider db)
    {
        var app = apps[db];
        var api = await app.ApiAsync("kasubag.puprperkim");
        var id = (await CreateAsync(api, await JabatanAsync(app, SopRole.KepalaBidang, "BID-BM", "Kabid Grid", "Siti Grid", "197501012000032001"))).GetProperty("id").GetInt32();
        var row = RowId(await AddRowAsync(api, id, await IndikatorAsync(app, "IK-1.2"), 15), "IK-1.2");
        var client = await app.PagesAsync("kasubag.puprperkim");
        var url = $"/Perencanaan/Pk/{id}";
        var fields = new Dictionary<string, string>
        {
            ["Rows[0].RowId"] = row.ToString(), ["Rows[0].Version"] = "0", ["Rows[0].TargetTw1"] = "3,5", ["Rows[0].TargetTw2"] = "4", ["Rows[0].TargetTw3"] = "4",
            ["Rows[0].TargetTw4"] = "2", ["Rows[0].Aksi"] = "Peningkatan ruas jalan", ["Rows[0].Anggaran"] = "2.500.000.000", ["Rows[0].PenanggungJawab"] = "Seksi Jalan",
        };

        var refused = await Forms.ParseAsync(await Forms.PostAsync(client, url, fields, "RencanaAksi"));
        refused.QuerySelector("[data-testid=ra-warning]")!.TextContent.ShouldContain("Jumlah target TW I–IV (13,5) tidak sama dengan target tahunan (15)");
        refused.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Rows_0__TargetTw1")!.Value.ShouldBe("3,5");
        (await app.DbAsync(d => d.RencanaAksi.CountAsync(r => r.PerjanjianKinerjaIndikatorId == row))).ShouldBe(0);

        fields["MismatchConfirmed"] = "true";
        (await Forms.PostAsync(client, url, fields, "RencanaAksi")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await app.DbAsync(d => d.RencanaAksi.SingleAsync(r => r.PerjanjianKinerjaIndikatorId == row));
        (saved.TargetTw1, saved.Anggaran, saved.MismatchConfirmed).ShouldBe((3.5m, 2_500_000_000L, true));

        var print = await Forms.GetDocumentAsync(client, $"/Perencanaan/Pk/{id}/cetak");
        print.QuerySelector("h1")!.TextContent.ShouldBe("PERJANJIAN KINERJA TAHUN 2026");
        print.QuerySelector("[data-testid=targets]")!.TextContent.ShouldContain("15,00 km");
        print.Body!.TextContent.ShouldContain("Siti Grid");
        print.Body!.TextContent.ShouldContain("NIP. 197501012000032001");
    }
}
