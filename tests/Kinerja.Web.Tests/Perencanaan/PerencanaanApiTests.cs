using System.Text.Json;
using Kinerja.Domain.Capaian;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Perencanaan;

[Collection("web")]
public class PerencanaanApiTests(TestApps apps)
{
    private static async Task<int> OpdAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.PerangkatDaerah.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync());

    private static async Task<JsonElement> OkAsync(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.Created)
    {
        r.StatusCode.ShouldBe(expected, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static int _nextYear = 2040;

    /// <summary>
    /// A fresh one-year Renstra in a year no other test uses (Renstra periods of an OPD may not
    /// overlap), with one tujuan and one sasaran.
    /// </summary>
    private static async Task<(int Renstra, int Sasaran)> NewPlanAsync(KinerjaApp app, HttpClient client)
    {
        var year = Interlocked.Increment(ref _nextYear);
        var r = await client.PostAsJsonAsync("/api/v1/renstra", new { perangkatDaerahId = await OpdAsync(app, "BPBD"), nama = "Renstra uji", tahunAwal = year, tahunAkhir = year });
        var renstra = (await OkAsync(r)).GetProperty("id").GetInt32();
        var tujuan = (await OkAsync(await client.PostAsJsonAsync($"/api/v1/renstra/{renstra}/tujuan", new { kode = "T1", uraian = "Tujuan uji" }))).GetProperty("id").GetInt32();
        var sasaran = (await OkAsync(await client.PostAsJsonAsync($"/api/v1/tujuan/{tujuan}/sasaran", new { kode = "S1", uraian = "Sasaran uji" }))).GetProperty("id").GetInt32();
        return (renstra, sasaran);
    }

    private static object Indikator(int year, object? targets = null, string satuan = "%", string polarity = "Positive", string? negativeFormula = null, int decimals = 2) => new
    {
        kode = "IK-" + Guid.NewGuid().ToString("N")[..5], nama = "Persentase uji", satuan, polarity, negativeFormula, rollUp = "NilaiAkhir",
        decimals, isIku = true, targets = targets ?? new[] { new { tahun = year, nilai = 80.5m } },
    };

    [Theory, BothDatabases]
    public async Task Kasubag_BuildsAPlanTree_AndReadsItBackWithTargetsAndUnits(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var (renstra, sasaran) = await NewPlanAsync(app, client);
        var year = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/renstra/{renstra}")).GetProperty("tahunAwal").GetInt32();
        var unit = await app.DbAsync(d => d.UnitKerja.Where(u => u.Kode == "SEKSI-LOGISTIK" && u.PerangkatDaerah.Kode == "BPBD").Select(u => u.Id).SingleAsync());

        var created = await OkAsync(await client.PostAsJsonAsync($"/api/v1/sasaran/{sasaran}/indikator", new
        {
            kode = "IK-RT", nama = "Waktu tanggap darurat", satuan = "jam", polarity = "Negative", negativeFormula = "RasioTerbalik", rollUp = "RataRata",
            decimals = 1, isIku = true, kondisiAwal = 8.0, unitIds = new[] { unit },
            targets = new[] { new { tahun = year, nilai = 6.5m } },
        }));

        created.GetProperty("negativeFormula").GetString().ShouldBe("RasioTerbalik");
        var tree = await client.GetFromJsonAsync<JsonElement>($"/api/v1/renstra/{renstra}");
        var indikator = tree.GetProperty("tujuan")[0].GetProperty("sasaran")[0].GetProperty("indikator")[0];
        indikator.GetProperty("kode").GetString().ShouldBe("IK-RT");
        indikator.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("nilai").GetDecimal()).ShouldBe([6.5m]);
        indikator.GetProperty("unitIds")[0].GetInt32().ShouldBe(unit);
        var audit = await app.DbAsync(d => d.AuditEntries.CountAsync(a => a.Entity == "Indikator" && a.UserName == "kasubag.bpbd"));
        audit.ShouldBeGreaterThan(0);
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadTargets()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var db in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(db, "percent", "Targets[Y]", "dalam persen harus antara 0 dan 100");
            data.Add(db, "decimals", "Targets[Y]", "paling banyak 2 angka desimal");
            data.Add(db, "year", "Targets[Y+9]", "di luar periode Renstra");
            data.Add(db, "negative", "NegativeFormula", "selisih atau rasio terbalik");
            data.Add(db, "range", "Targets[Y]", "perlu batas atas");
        }
        return data;
    }

    [Theory, MemberData(nameof(BadTargets))]
    public async Task BadIndicator_IsRefusedNamingTheField_AndNothingIsSaved(DatabaseProvider db, string kind, string field, string message)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var (renstra, sasaran) = await NewPlanAsync(app, client);
        var y = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/renstra/{renstra}")).GetProperty("tahunAwal").GetInt32();
        object body = kind switch
        {
            "percent" => Indikator(y, new[] { new { tahun = y, nilai = 100.5m } }),
            "decimals" => Indikator(y, new[] { new { tahun = y, nilai = 80.125m } }),
            "year" => Indikator(y, new[] { new { tahun = y + 9, nilai = 80m } }),
            "negative" => Indikator(y, polarity: "Negative"),
            _ => Indikator(y, polarity: "Range"),
        };

        var problem = await Problem.ReadAsync(await client.PostAsJsonAsync($"/api/v1/sasaran/{sasaran}/indikator", body));

        problem.Status.ShouldBe(422);
        var key = field.Replace("Y+9", (y + 9).ToString()).Replace("[Y]", $"[{y}]");
        problem.Errors[key].Single().ShouldContain(message);
        (await app.DbAsync(d => d.Indikator.CountAsync(i => i.SasaranId == sasaran))).ShouldBe(0);
    }

    [Theory, BothDatabases]
    public async Task Kabid_ReadsTheirOpdsPlan_ButCannotChangeIt(DatabaseProvider db)
    {
        var app = apps[db];
        var renstra = await app.DbAsync(d => d.Renstra.Where(r => r.PerangkatDaerah.Kode == "BPBD").Select(r => r.Id).FirstAsync());
        var kabid = await app.ApiAsync("kabid.bpbd");

        (await kabid.GetAsync($"/api/v1/renstra/{renstra}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await kabid.PostAsJsonAsync($"/api/v1/renstra/{renstra}/tujuan", new { kode = "TX", uraian = "Tujuan kabid" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(refused)).Detail.ShouldContain("Kasubag Perencanaan");
    }

    [Theory, BothDatabases]
    public async Task OverlappingRenstra_AndDeletingANonEmptySasaran_AreRefused(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var overlap = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/renstra", new { perangkatDaerahId = await OpdAsync(app, "BPBD"), nama = "Tumpang", tahunAwal = 2027, tahunAkhir = 2031 }));
        overlap.Errors["TahunAwal"].Single().ShouldContain("sudah ada Renstra", Case.Insensitive);

        var sasaran = await app.DbAsync(d => d.Sasaran.Where(s => s.Tujuan.Renstra.PerangkatDaerah.Kode == "BPBD").Select(s => s.Id).FirstAsync());
        (await Problem.ReadAsync(await client.DeleteAsync($"/api/v1/sasaran/{sasaran}"))).Detail.ShouldContain("masih memiliki");
    }

    [Theory, BothDatabases]
    public async Task TwoPlannersEditingOneIndicator_TheSecondGetsAConflict(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var (renstra, sasaran) = await NewPlanAsync(app, client);
        var y = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/renstra/{renstra}")).GetProperty("tahunAwal").GetInt32();
        var created = await OkAsync(await client.PostAsJsonAsync($"/api/v1/sasaran/{sasaran}/indikator", Indikator(y)));
        var id = created.GetProperty("id").GetInt32();
        var edit = JsonSerializer.Deserialize<Dictionary<string, object?>>(created.GetRawText())!;

        edit["nama"] = "Perubahan pertama";
        (await client.PutAsJsonAsync($"/api/v1/indikator/{id}", edit)).StatusCode.ShouldBe(HttpStatusCode.OK);
        edit["nama"] = "Perubahan kedua dari salinan lama";
        (await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/indikator/{id}", edit))).Status.ShouldBe(409);
        (await app.DbAsync(d => d.Indikator.Where(i => i.Id == id).Select(i => i.Nama).SingleAsync())).ShouldBe("Perubahan pertama");
    }

    [Theory, BothDatabases]
    public async Task TwoPlannersChangingOnlyTargets_TheSecondGetsAConflict(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync("kasubag.bpbd");
        var (renstra, sasaran) = await NewPlanAsync(app, client);
        var y = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/renstra/{renstra}")).GetProperty("tahunAwal").GetInt32();
        var created = await OkAsync(await client.PostAsJsonAsync($"/api/v1/sasaran/{sasaran}/indikator", Indikator(y)));
        var id = created.GetProperty("id").GetInt32();
        var edit = JsonSerializer.Deserialize<Dictionary<string, object?>>(created.GetRawText())!;

        edit["targets"] = new[] { new { tahun = y, nilai = 81m } };
        (await OkAsync(await client.PutAsJsonAsync($"/api/v1/indikator/{id}", edit), HttpStatusCode.OK)).GetProperty("version").GetInt32()
            .ShouldBeGreaterThan(created.GetProperty("version").GetInt32());
        edit["targets"] = new[] { new { tahun = y, nilai = 82m } };
        (await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/indikator/{id}", edit))).Status.ShouldBe(409);
        (await app.DbAsync(d => d.IndikatorTargets.Where(t => t.IndikatorId == id).Select(t => t.Nilai).SingleAsync())).ShouldBe(81m);
    }

    [Theory, BothDatabases]
    public async Task DemoPlans_MixEveryPolarityFormulaRollUpAndTheUsualUnits(DatabaseProvider db)
    {
        var indicators = await apps[db].DbAsync(d => d.Indikator.Where(i => i.Sasaran!.Tujuan.Renstra.Nama.EndsWith("(demo)")).Select(i => new
        {
            Opd = i.Sasaran!.Tujuan.Renstra.PerangkatDaerah.Kode, i.Polarity, i.NegativeFormula, i.RollUp, i.Satuan, Targets = i.Targets.Count,
        }).ToListAsync());

        foreach (var opd in indicators.GroupBy(i => i.Opd).Where(g => g.Key is "BPBD" or "BPKPAD" or "PUPRPERKIM" or "DISKOPUKMPERINDAG" or "BAPPEDA-LITBANG"))
        {
            opd.Count().ShouldBeGreaterThanOrEqualTo(8, opd.Key);
            opd.Select(i => i.Polarity).ShouldContain(Polarity.Negative);
            opd.Select(i => i.RollUp).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2, opd.Key);
            opd.ShouldAllBe(i => i.Targets == 5);
        }
        indicators.Select(i => i.NegativeFormula).ShouldContain(NegativeFormula.Selisih);
        indicators.Select(i => i.NegativeFormula).ShouldContain(NegativeFormula.RasioTerbalik);
        indicators.Select(i => i.RollUp).Distinct().Count().ShouldBe(3);
        indicators.Select(i => i.Polarity).ShouldContain(Polarity.Range);
        foreach (var unit in new[] { "%", "orang", "dokumen", "indeks", "km" }) indicators.Select(i => i.Satuan).ShouldContain(unit);
    }
}
