using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Perencanaan;

[Collection("web")]
public class ProgramApiTests(TestApps apps)
{
    private static int _next = 10;

    private static async Task<int> OpdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    private static async Task<int> CreateAsync(HttpClient c, int opd, string level, int? parent, string kode)
    {
        var r = await c.PostAsJsonAsync("/api/v1/program", new { perangkatDaerahId = opd, level, parentId = parent, kode, nama = $"{level} {kode}" });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Theory, BothDatabases]
    public async Task SubKegiatanPagu_MayNotAddUpToMoreThanTheKegiatans_AndAParentCannotShrinkBelowItsChildren(DatabaseProvider db)
    {
        var app = apps[db];
        var c = await app.ApiAsync("kasubag.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var n = Interlocked.Increment(ref _next);
        var program = await CreateAsync(c, opd, "Program", null, $"1.05.{n:00}");
        var kegiatan = await CreateAsync(c, opd, "Kegiatan", program, $"1.05.{n:00}.2.01");
        var sub1 = await CreateAsync(c, opd, "SubKegiatan", kegiatan, $"1.05.{n:00}.2.01.0001");
        var sub2 = await CreateAsync(c, opd, "SubKegiatan", kegiatan, $"1.05.{n:00}.2.01.0002");

        (await c.PutAsJsonAsync($"/api/v1/program/{program}/pagu/2026", new { jumlah = 1_000_000_000L })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.PutAsJsonAsync($"/api/v1/program/{kegiatan}/pagu/2026", new { jumlah = 600_000_000L })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.PutAsJsonAsync($"/api/v1/program/{sub1}/pagu/2026", new { jumlah = 400_000_000L })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var over = await Problem.ReadAsync(await c.PutAsJsonAsync($"/api/v1/program/{sub2}/pagu/2026", new { jumlah = 250_000_000L }));
        over.Errors["Jumlah"].Single().ShouldBe("Jumlah pagu di bawah kegiatan 1.05." + n.ToString("00") + ".2.01 tahun 2026 (Rp 650.000.000) melebihi pagu kegiatan 1.05." + n.ToString("00") + ".2.01 (Rp 600.000.000).");
        var shrink = await Problem.ReadAsync(await c.PutAsJsonAsync($"/api/v1/program/{kegiatan}/pagu/2026", new { jumlah = 300_000_000L }));
        shrink.Errors["Jumlah"].Single().ShouldContain("melebihi pagu kegiatan");

        var list = (await c.GetFromJsonAsync<List<JsonElement>>($"/api/v1/program?perangkatDaerahId={opd}&tahun=2026"))!;
        list.Single(p => p.GetProperty("id").GetInt32() == kegiatan).GetProperty("pagu").GetInt64().ShouldBe(600_000_000L);
        list.Single(p => p.GetProperty("id").GetInt32() == sub2).GetProperty("pagu").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory, BothDatabases]
    public async Task AHugePagu_CannotWrapTheSumPastTheParentsCheck(DatabaseProvider db)
    {
        var app = apps[db];
        var c = await app.ApiAsync("kasubag.bpbd");
        var opd = await OpdAsync(app, "BPBD");
        var n = Interlocked.Increment(ref _next);
        var program = await CreateAsync(c, opd, "Program", null, $"1.05.{n:00}");
        var kegiatan = await CreateAsync(c, opd, "Kegiatan", program, $"1.05.{n:00}.2.01");
        var other = await CreateAsync(c, opd, "Kegiatan", program, $"1.05.{n:00}.2.02");
        (await c.PutAsJsonAsync($"/api/v1/program/{program}/pagu/2026", new { jumlah = 1_000_000_000L })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.PutAsJsonAsync($"/api/v1/program/{other}/pagu/2026", new { jumlah = 500_000_000L })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var huge = await Problem.ReadAsync(await c.PutAsJsonAsync($"/api/v1/program/{kegiatan}/pagu/2026", new { jumlah = long.MaxValue }));

        huge.Status.ShouldBe(422);
        huge.Errors["Jumlah"].Single().ShouldBe("Pagu paling banyak Rp 1.000.000.000.000.000.");
        var list = (await c.GetFromJsonAsync<List<JsonElement>>($"/api/v1/program?perangkatDaerahId={opd}&tahun=2026"))!;
        list.Single(p => p.GetProperty("id").GetInt32() == kegiatan).GetProperty("pagu").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory, BothDatabases]
    public async Task MalformedOrMisplacedCodes_AndDuplicates_AreRefused(DatabaseProvider db)
    {
        var app = apps[db];
        var c = await app.ApiAsync("kasubag.bpbd");
        var opd = await OpdAsync(app, "BPBD");

        var malformed = await Problem.ReadAsync(await c.PostAsJsonAsync("/api/v1/program", new { perangkatDaerahId = opd, level = "Program", kode = "1.5.3", nama = "x" }));
        malformed.Errors["Kode"].Single().ShouldContain("Kepmendagri 050-5889/2021");
        var duplicate = await Problem.ReadAsync(await c.PostAsJsonAsync("/api/v1/program", new { perangkatDaerahId = opd, level = "Program", kode = "1.05.03", nama = "x" }));
        duplicate.Errors["Kode"].Single().ShouldContain("sudah dipakai");
        var program = await app.DbAsync(d => d.ProgramKegiatan.Where(p => p.Kode == "1.05.03" && p.PerangkatDaerahId == opd).Select(p => p.Id).SingleAsync());
        var wrongParent = await Problem.ReadAsync(await c.PostAsJsonAsync("/api/v1/program", new { perangkatDaerahId = opd, level = "Kegiatan", parentId = program, kode = "1.05.04.2.01", nama = "x" }));
        wrongParent.Errors["Kode"].Single().ShouldContain("harus diawali kode induknya 1.05.03");
    }

    [Theory, BothDatabases]
    public async Task DemoProgrammes_NestTheirPagu_AndServeTheirSasaran(DatabaseProvider db)
    {
        var nodes = await apps[db].DbAsync(d => d.ProgramKegiatan.Where(p => p.Pagu.Any(x => x.Tahun == 2026) && p.Nama != "" && !p.Kode.StartsWith("1.05.1"))
            .Select(p => new { p.Id, p.ParentId, p.Level, p.SasaranId, Pagu = p.Pagu.Single(x => x.Tahun == 2026).Jumlah }).ToListAsync());
        nodes.Count.ShouldBeGreaterThan(20);
        foreach (var parent in nodes)
            nodes.Where(n => n.ParentId == parent.Id).Sum(n => n.Pagu).ShouldBeLessThanOrEqualTo(parent.Pagu);
        nodes.Where(n => n.Level == Kinerja.Domain.Perencanaan.ProgramLevel.Program).ShouldAllBe(n => n.SasaranId != null);
    }
}
