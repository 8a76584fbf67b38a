using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Organisasi;

[Collection("web")]
public class UnitsApiTests(TestApps apps)
{
    private static string Code() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static async Task<int> OpdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    private static async Task<JsonElement> CreateAsync(HttpClient client, int opd, int? parent, string kode, string jenis = "Seksi")
    {
        var response = await client.PostAsJsonAsync("/api/v1/units", new { perangkatDaerahId = opd, parentId = parent, kode, nama = $"Unit {kode}", jenis });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory, BothDatabases]
    public async Task AdminOpd_CreatesANestedUnit_WithItsPathAndAnAuditRow(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var parent = await CreateAsync(client, opd, null, Code(), "Bidang");
        var child = await CreateAsync(client, opd, parent.GetProperty("id").GetInt32(), Code());

        child.GetProperty("depth").GetInt32().ShouldBe(1);
        var (path, audit) = await app.DbAsync(async d =>
        {
            var id = child.GetProperty("id").GetInt32();
            var unit = await d.UnitKerja.SingleAsync(u => u.Id == id);
            var rows = await d.AuditEntries.Where(a => a.Entity == "UnitKerja" && a.EntityKey == id.ToString()).ToListAsync();
            return (unit.Path, rows);
        });
        path.ShouldBe($"/{parent.GetProperty("id").GetInt32()}/{child.GetProperty("id").GetInt32()}/");
        audit.ShouldContain(a => a.Action == "Added" && a.UserName == "adminopd.bpbd");
    }

    [Theory, BothDatabases]
    public async Task DuplicateCode_InTheSameOpd_IsRefusedWithTheFieldNamed(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var response = await client.PostAsJsonAsync("/api/v1/units", new { perangkatDaerahId = await OpdAsync(app, "BPBD"), kode = "seksi-logistik", nama = "Seksi Logistik Kedua", jenis = "Seksi" });

        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(422);
        problem.Errors["Kode"].Single().ShouldContain("sudah dipakai");
    }

    [Theory, BothDatabases]
    public async Task MovingAUnitUnderItsOwnDescendant_IsRefused_AndTheTreeIsUnchanged(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var top = await CreateAsync(client, opd, null, Code(), "Bidang");
        var mid = await CreateAsync(client, opd, top.GetProperty("id").GetInt32(), Code());
        var low = await CreateAsync(client, opd, mid.GetProperty("id").GetInt32(), Code());

        var response = await client.PutAsJsonAsync($"/api/v1/units/{top.GetProperty("id")}", new
        {
            parentId = low.GetProperty("id").GetInt32(), kode = top.GetProperty("kode").GetString(), nama = "x", jenis = "Bidang", version = top.GetProperty("version").GetInt32(),
        });

        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(422);
        problem.Errors["ParentId"].Single().ShouldContain("induk bagi dirinya sendiri");
        var after = await (await client.GetAsync($"/api/v1/units/{top.GetProperty("id")}")).Content.ReadFromJsonAsync<JsonElement>();
        after.GetProperty("parentId").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("nama").GetString().ShouldBe(top.GetProperty("nama").GetString());
    }

    [Theory, BothDatabases]
    public async Task MovingASubtree_RewritesEveryDescendantsPath(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var a = await CreateAsync(client, opd, null, Code(), "Bidang");
        var b = await CreateAsync(client, opd, null, Code(), "Bidang");
        var child = await CreateAsync(client, opd, a.GetProperty("id").GetInt32(), Code());
        var grandchild = await CreateAsync(client, opd, child.GetProperty("id").GetInt32(), Code());

        var response = await client.PutAsJsonAsync($"/api/v1/units/{child.GetProperty("id")}", new
        {
            parentId = b.GetProperty("id").GetInt32(), kode = child.GetProperty("kode").GetString(), nama = "Dipindah", jenis = "Seksi", version = child.GetProperty("version").GetInt32(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var gid = grandchild.GetProperty("id").GetInt32();
        var path = await app.DbAsync(d => d.UnitKerja.Where(u => u.Id == gid).Select(u => u.Path).SingleAsync());
        path.ShouldBe($"/{b.GetProperty("id")}/{child.GetProperty("id")}/{gid}/");
    }

    [Theory, BothDatabases]
    public async Task DeletingAUnitWithChildrenOrJabatan_IsRefused_LeafDeletes(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var parent = await CreateAsync(client, opd, null, Code(), "Bidang");
        var leaf = await CreateAsync(client, opd, parent.GetProperty("id").GetInt32(), Code());

        var refused = await Problem.ReadAsync(await client.DeleteAsync($"/api/v1/units/{parent.GetProperty("id")}"));
        refused.Status.ShouldBe(422);
        refused.Detail.ShouldContain("masih memiliki 1 unit di bawahnya");

        var withJabatan = await app.DbAsync(d => d.UnitKerja.Where(u => u.Kode == "SEKSI-PENCEGAHAN" && u.PerangkatDaerahId == opd).Select(u => u.Id).SingleAsync());
        (await Problem.ReadAsync(await client.DeleteAsync($"/api/v1/units/{withJabatan}"))).Detail.ShouldContain("masih memiliki jabatan");

        (await client.DeleteAsync($"/api/v1/units/{leaf.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync($"/api/v1/units/{leaf.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/units/{parent.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, BothDatabases]
    public async Task TwoEditorsOfTheSameUnit_TheSecondGetsAConflict_AndTheFirstChangeStays(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var unit = await CreateAsync(client, await OpdAsync(app, "BPBD"), null, Code(), "Bidang");
        var (id, kode, version) = (unit.GetProperty("id").GetInt32(), unit.GetProperty("kode").GetString(), unit.GetProperty("version").GetInt32());

        var first = await client.PutAsJsonAsync($"/api/v1/units/{id}", new { kode, nama = "Nama dari editor pertama", jenis = "Bidang", version });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await client.PutAsJsonAsync($"/api/v1/units/{id}", new { kode, nama = "Nama dari editor kedua", jenis = "Bidang", version });

        var problem = await Problem.ReadAsync(second);
        problem.Status.ShouldBe(409);
        problem.Detail.ShouldContain("diubah oleh pengguna lain");
        (await app.DbAsync(d => d.UnitKerja.Where(u => u.Id == id).Select(u => u.Nama).SingleAsync())).ShouldBe("Nama dari editor pertama");
    }

    [Theory, BothDatabases]
    public async Task Kabid_CanReadButNotChangeUnitsOfTheirOwnOpd(DatabaseProvider db)
    {
        var app = apps[db];
        var kabid = await app.ApiAsync("kabid.bpbd");
        var response = await kabid.PostAsJsonAsync("/api/v1/units", new { perangkatDaerahId = await OpdAsync(app, "BPBD"), kode = Code(), nama = "Seksi baru", jenis = "Seksi" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(response)).Title.ShouldBe("Akses ditolak");
    }

    [Theory, BothDatabases]
    public async Task MissingName_AndUnknownKind_AreRefusedWithIndonesianMessages(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("adminopd.bpbd");
        var opd = await OpdAsync(app, "BPBD");

        var noName = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/units", new { perangkatDaerahId = opd, kode = Code(), nama = " ", jenis = "Seksi" }));
        noName.Errors["Nama"].Single().ShouldBe("Nama unit wajib diisi.");

        var badKind = await client.PostAsJsonAsync("/api/v1/units", new { perangkatDaerahId = opd, kode = Code(), nama = "x", jenis = "Kementerian" });
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        badKind.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
