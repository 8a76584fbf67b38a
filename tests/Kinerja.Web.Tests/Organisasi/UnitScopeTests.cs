using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Organisasi;

[Collection("web")]
public class UnitScopeTests(TestApps apps)
{
    private static async Task<List<JsonElement>> UnitsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/units"))!;

    private static async Task<int> OpdIdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    [Theory, BothDatabases]
    public async Task Kasubag_ListsOwnOpdUnits_AndNoneOfAnotherOpd(DatabaseProvider db)
    {
        var app = apps[db];
        var bpbd = await OpdIdAsync(app, "BPBD");
        var units = await UnitsAsync(await app.ApiAsync("kasubag.bpbd"));

        units.Count.ShouldBeGreaterThan(10);
        units.ShouldAllBe(u => u.GetProperty("perangkatDaerahId").GetInt32() == bpbd);
        units.Select(u => u.GetProperty("nama").GetString()).ShouldContain("Seksi Logistik");
    }

    [Theory, BothDatabases]
    public async Task AdminPemda_ListsUnitsOfBothBpbdAndBpkpad(DatabaseProvider db)
    {
        var app = apps[db];
        var (bpbd, bpkpad) = (await OpdIdAsync(app, "BPBD"), await OpdIdAsync(app, "BPKPAD"));
        var opds = (await UnitsAsync(await app.ApiAsync("admin"))).Select(u => u.GetProperty("perangkatDaerahId").GetInt32()).ToHashSet();

        opds.ShouldContain(bpbd);
        opds.ShouldContain(bpkpad);
    }

    [Theory, BothDatabases]
    public async Task Kasubag_AskingForAnotherOpdsUnitById_GetsNotFound(DatabaseProvider db)
    {
        var app = apps[db];
        var bpkpadUnit = await app.DbAsync(d => d.UnitKerja.Where(u => u.PerangkatDaerah.Kode == "BPKPAD").Select(u => u.Id).FirstAsync());

        var response = await (await app.ApiAsync("kasubag.bpbd")).GetAsync($"/api/v1/units/{bpkpadUnit}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await (await app.ApiAsync("admin")).GetAsync($"/api/v1/units/{bpkpadUnit}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothDatabases]
    public async Task Kabid_SeesOnlyTheirBidangSubtree(DatabaseProvider db)
    {
        var app = apps[db];
        var names = (await UnitsAsync(await app.ApiAsync("kabid.bpbd"))).Select(u => u.GetProperty("nama").GetString()).ToList();

        names.ShouldBe(["Bidang Pencegahan dan Kesiapsiagaan", "Seksi Pencegahan", "Seksi Kesiapsiagaan"], ignoreOrder: true);
    }

    [Theory, BothDatabases]
    public async Task BappedaLeader_ReadsEveryOpdOfTheirPemda_ButNotAnotherPemda(DatabaseProvider db)
    {
        var app = apps[db];
        var opds = (await (await app.ApiAsync("kasubag.bappeda")).GetFromJsonAsync<List<JsonElement>>("/api/v1/perangkat-daerah"))!
            .Select(o => o.GetProperty("kode").GetString()).ToList();

        opds.ShouldContain("BAPPEDA-LITBANG");
        opds.ShouldNotContain("BPBD");
        // Pelaksana of the same Bappeda is not a planning leader: own subtree only.
        var staff = await UnitsAsync(await app.ApiAsync("pelaksana.bappeda"));
        staff.Select(u => u.GetProperty("kode").GetString()).ShouldBe(["SUBBID-EVALUASI"]);
    }
}
