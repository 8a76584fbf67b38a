using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kinerja.Domain.Sop;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Sop;

[Collection("web")]
public class SopApiTests(TestApps apps)
{
    private static async Task<int> OpdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    /// <summary>The demo seed's SOP of an OPD (tests add more SOPs beside it).</summary>
    private static async Task<int> SeededSopAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.SopDokumen.Where(s => s.PerangkatDaerah.Kode == kode && s.Revisi.Any(r => r.Revisi == 1 && r.CreatedByUserName == "demo"))
            .Select(s => s.Id).SingleAsync());

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        r.StatusCode.ShouldBe(expected, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static MultipartFormDataContent YamlFile(string yaml, string name = "sop.yaml")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(yaml));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/yaml");
        return new MultipartFormDataContent { { file, "file", name } };
    }

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
    public async Task EachSeed_IsListedForItsAgency_AndExportsAsTheSeedText_AndImportsBackEqual(DatabaseProvider db, string slug, string kode, string seed)
    {
        var app = apps[db];
        var client = await app.ApiAsync($"kasubag.{slug}");
        var id = await SeededSopAsync(app, kode);
        var opd = await OpdAsync(app, kode);

        var list = await JsonAsync(await client.GetAsync($"/api/v1/sop?perangkatDaerahId={opd}"), HttpStatusCode.OK);
        list.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ShouldContain(id);
        var original = await JsonAsync(await client.GetAsync($"/api/v1/sop/{id}"), HttpStatusCode.OK);
        original.GetProperty("langkah").GetArrayLength().ShouldBe(SeedSops.Definition(seed).Steps.Count);

        var export = await client.GetAsync($"/api/v1/sop/{id}/revisi/1/yaml");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/yaml");
        export.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldEndWith(".yaml");
        var yaml = await export.Content.ReadAsStringAsync();
        yaml.ShouldBe(SeedSops.All[seed]);

        var created = await JsonAsync(await client.PostAsync($"/api/v1/sop/import?perangkatDaerahId={opd}", YamlFile(yaml)), HttpStatusCode.Created);
        var copy = created.GetProperty("id").GetInt32();
        var reread = await JsonAsync(await client.GetAsync($"/api/v1/sop/{copy}"), HttpStatusCode.OK);
        foreach (var part in new[] { "identitas", "pelaksana", "langkah", "jumlahWaktu", "totalWaktuTepat" })
            reread.GetProperty(part).GetRawText().ShouldBe(original.GetProperty(part).GetRawText(), part);
        var stored = await app.DbAsync(d => d.SopRevisi.Where(r => r.SopDokumenId == copy).Select(r => r.Yaml).SingleAsync());
        SopDefinitionParser.Parse(stored).ShouldBe(SeedSops.Definition(seed));
    }

    [Theory, BothDatabases]
    public async Task Bpkpad_StatesItsTotalAs122Hari3Jam(DatabaseProvider db)
    {
        var app = apps[db];
        var sop = await JsonAsync(await (await app.ApiAsync("kabid.bpkpad")).GetAsync($"/api/v1/sop/{await SeededSopAsync(app, "BPKPAD")}"), HttpStatusCode.OK);
        sop.GetProperty("jumlahWaktu").GetString().ShouldBe("122 Hari 3 jam");
        sop.GetProperty("totalWaktu").GetString().ShouldBe("122 Hari 3 jam");
        sop.GetProperty("totalWaktuTepat").GetString().ShouldBe("122 Hari 3 jam 2 menit");
    }

    [Theory, BothDatabases]
    public async Task BadDefinition_Answers422WithEveryMistakeByLine_AndSavesNothing(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var before = await app.DbAsync(d => d.SopDokumen.CountAsync());

        var response = await client.PostAsJsonAsync("/api/v1/sop", new { perangkatDaerahId = await OpdAsync(app, "BPBD"), yaml = SopYamlSamples.FourMistakes });

        response.StatusCode.ShouldBe((HttpStatusCode)422);
        var problem = await Problem.ReadAsync(response);
        problem.Detail.ShouldContain("4 kesalahan");
        problem.Errors["Baris 19, langkah 1, kolom nomor"].ShouldHaveSingleItem().ShouldContain("sudah dipakai");
        problem.Errors["Baris 21, langkah 1, kolom pelaksana"].ShouldHaveSingleItem().ShouldContain("'kabag' tidak dikenal");
        problem.Errors["Baris 22, langkah 1, kolom waktu.value"].ShouldHaveSingleItem().ShouldContain("tidak boleh negatif");
        problem.Errors["Baris 23, langkah 3, kolom tidak"].ShouldHaveSingleItem().ShouldContain("harus punya cabang ya dan tidak");
        (await app.DbAsync(d => d.SopDokumen.CountAsync())).ShouldBe(before);

        var import = await client.PostAsync($"/api/v1/sop/import?perangkatDaerahId={await OpdAsync(app, "BPBD")}", YamlFile(SopYamlSamples.FourMistakes));
        import.StatusCode.ShouldBe((HttpStatusCode)422);
        (await Problem.ReadAsync(import)).Errors.Count.ShouldBe(4);
        (await app.DbAsync(d => d.SopDokumen.CountAsync())).ShouldBe(before);
    }

    [Theory, BothDatabases]
    public async Task NewRevision_KeepsTheOldOne_AndAStaleVersionAnswers409(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var nama = "SOP revisi " + Guid.NewGuid().ToString("N")[..6];
        var created = await JsonAsync(await client.PostAsJsonAsync("/api/v1/sop", new { perangkatDaerahId = await OpdAsync(app, "BPBD"), yaml = SopYamlSamples.Valid(nama) }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt32();

        var revised = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/sop/{id}", new { yaml = SopYamlSamples.Valid(nama, "Memberi paraf dan catatan"), version }), HttpStatusCode.OK);
        revised.GetProperty("revisi").GetInt32().ShouldBe(2);

        var stale = await client.PutAsJsonAsync($"/api/v1/sop/{id}", new { yaml = SopYamlSamples.Valid(nama, "Perubahan yang kalah"), version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var revisions = await JsonAsync(await client.GetAsync($"/api/v1/sop/{id}/revisi"), HttpStatusCode.OK);
        revisions.EnumerateArray().Select(r => r.GetProperty("revisi").GetInt32()).ShouldBe([2, 1]);
        (await client.GetStringAsync($"/api/v1/sop/{id}/revisi/1/yaml")).ShouldContain("kegiatan: Memberi paraf\n");
        var current = await JsonAsync(await client.GetAsync($"/api/v1/sop/{id}"), HttpStatusCode.OK);
        current.GetProperty("langkah")[1].GetProperty("kegiatan").GetString().ShouldBe("Memberi paraf dan catatan");
        (await app.DbAsync(d => d.SopRevisi.CountAsync(r => r.SopDokumenId == id))).ShouldBe(2);
    }

    [Theory, BothDatabases]
    public async Task Kabid_ReadsTheSop_ButMayNotWriteIt_AndAnotherAgencySeesNothing(DatabaseProvider db)
    {
        var app = apps[db];
        var id = await SeededSopAsync(app, "BPKPAD");
        var opd = await OpdAsync(app, "BPKPAD");
        var kabid = await app.ApiAsync("kabid.bpkpad");
        var before = await app.DbAsync(d => d.SopRevisi.CountAsync(r => r.SopDokumenId == id));

        (await kabid.GetAsync($"/api/v1/sop/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kabid.GetAsync($"/api/v1/sop/{id}/revisi/1/yaml")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var put = await kabid.PutAsJsonAsync($"/api/v1/sop/{id}", new { yaml = SeedSops.All[SeedSops.BpkpadBalangan], version = 0 });
        put.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(put)).Detail.ShouldContain("Kasubag Perencanaan");
        (await kabid.PostAsJsonAsync("/api/v1/sop", new { perangkatDaerahId = opd, yaml = SopYamlSamples.Valid("SOP kabid") })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var outsider = await app.ApiAsync("kasubag.bpbd");
        (await outsider.GetAsync($"/api/v1/sop/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/v1/sop/{id}/revisi")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetFromJsonAsync<JsonElement>("/api/v1/sop")).EnumerateArray()
            .ShouldNotContain(s => s.GetProperty("perangkatDaerahId").GetInt32() == opd);
        (await app.DbAsync(d => d.SopRevisi.CountAsync(r => r.SopDokumenId == id))).ShouldBe(before);
    }
}
