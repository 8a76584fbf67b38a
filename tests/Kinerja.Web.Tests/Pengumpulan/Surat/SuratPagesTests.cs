using static Kinerja.Web.Tests.Pengumpulan.PengumpulanFixture;
using static Kinerja.Web.Tests.Pengumpulan.Surat.SuratFixture;

namespace Kinerja.Web.Tests.Pengumpulan.Surat;

/// <summary>The letters' pages as a browser sends them: drafting from the round's list, refusing without a reason, who sees what.</summary>
[Collection("web")]
public class SuratPagesTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Planner_DraftsFromTheRoundsList_ARefusalWithoutReasonShowsNextToTheField_AndStaffDoNotSeeDrafts(DatabaseProvider db)
    {
        var app = apps[db];
        var round = await OpenFreeAsync(app, await app.ApiAsync("kasubag.puprperkim"), "PUPRPERKIM");
        var list = $"/Pengumpulan/Surat?pengumpulan={round.GetProperty("id").GetInt32()}";
        var kasubag = await app.PagesAsync("kasubag.puprperkim");

        var created = await Forms.PostAsync(kasubag, list, new() { ["jenis"] = "SuratPemberitahuan" }, handler: "Create");
        ((int)created.StatusCode).ShouldBe(302);
        var detail = created.Headers.Location!.ToString();
        detail.ShouldStartWith("/Pengumpulan/Surat/Detail?id=");
        var id = int.Parse(detail.Split('=')[1]);
        var page = await Forms.GetDocumentAsync(kasubag, list);
        page.QuerySelectorAll("[data-testid=surat]").Length.ShouldBe(1);
        var buttons = page.QuerySelectorAll("form button").Select(b => b.TextContent.Trim()).ToList();
        buttons.ShouldContain("Buat SK");
        buttons.ShouldNotContain("Buat Surat Pemberitahuan");

        // A second Surat Pemberitahuan for the same round: the refusal stands by the buttons, nothing is added.
        var again = await Forms.ParseAsync(await Forms.PostAsync(kasubag, list, new() { ["jenis"] = "SuratPemberitahuan" }, handler: "Create"));
        again.QuerySelector("[data-testid=jenis-error]")!.TextContent.ShouldContain("sudah dibuat");
        (await app.DbAsync(d => Task.FromResult(d.SuratPengumpulan.Count(s => s.PengumpulanDataId == round.GetProperty("id").GetInt32())))).ShouldBe(1);

        await WalkAsync(app, "puprperkim", id, 3);
        var sekretaris = await app.PagesAsync("sekretaris.puprperkim");
        var version = (await JsonAsync(await (await app.ApiAsync("sekretaris.puprperkim")).GetAsync($"/api/v1/surat/{id}"))).GetProperty("version").GetInt32();
        var refused = await Forms.ParseAsync(await Forms.PostAsync(sekretaris, detail,
            new() { ["Version"] = version.ToString(), ["Catatan"] = "" }, handler: "Tolak"));
        refused.QuerySelector("[data-testid=catatan-error]")!.TextContent.ShouldContain("alasan penolakan");
        refused.QuerySelector("[data-testid=status]")!.TextContent.ShouldBe("Menunggu paraf Sekretaris");

        // The unit's staff read the round but not the draft letter; an outsider reads neither.
        var staffList = await Forms.GetDocumentAsync(await app.PagesAsync("pelaksana.puprperkim"), list);
        staffList.QuerySelectorAll("[data-testid=surat]").Length.ShouldBe(0);
        staffList.QuerySelectorAll("form button").Select(b => b.TextContent.Trim()).ShouldNotContain("Buat SK");
        (await (await app.PagesAsync("pelaksana.puprperkim")).GetAsync(detail)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.PagesAsync("kasubag.bpbd")).GetAsync(list)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
