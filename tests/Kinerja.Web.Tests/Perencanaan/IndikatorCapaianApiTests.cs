using System.Text.Json;
using Kinerja.Domain.Pengumpulan;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Perencanaan.CapaianFixture;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>
/// GET /api/v1/indikator/{id}/capaian over stored targets and reported forms, against domain.md's
/// worked example: T 20/30/25/25, R 18/35/20/30.
/// </summary>
[Collection("web")]
public class IndikatorCapaianApiTests(TestApps apps)
{
    private static readonly decimal?[] ExampleTargets = [20, 30, 25, 25];
    private static readonly decimal[] ExampleRealisasi = [18, 35, 20, 30];

    private static decimal Dec(JsonElement e, string field) => e.GetProperty(field).GetDecimal();

    private static async Task<int> ExampleAsync(KinerjaApp app, HttpClient client, string rollUp, int reportedQuarters = 4)
    {
        var sasaran = await SasaranAsync(app, client);
        var id = (await IndikatorAsync(client, sasaran, rollUp, 100)).GetProperty("id").GetInt32();
        await SignedPkAsync(app, client, id, 100, ExampleTargets);
        for (var q = 1; q <= reportedQuarters; q++) await ReportAsync(app, id, q, ExampleRealisasi[q - 1]);
        return id;
    }

    [Theory, BothDatabases]
    public async Task Kumulatif_SemesterYearAndToDate_AreTheWorkedExample(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var id = await ExampleAsync(app, client, "Kumulatif");

        var s1 = await CapaianAsync(client, id, "S1");
        (Dec(s1, "target"), Dec(s1, "realisasi"), Dec(s1, "capaian")).ShouldBe((50m, 53m, 106m));
        s1.GetProperty("capaianTampil").GetString().ShouldBe("106,00 %");
        s1.GetProperty("predikat").GetString().ShouldBe("Sangat Tinggi");
        s1.GetProperty("sumberTarget").GetString().ShouldBe("RencanaAksi");
        s1.GetProperty("periode").GetString().ShouldBe("Semester I");
        (s1.GetProperty("belumLengkap").GetBoolean(), s1.GetProperty("belumAdaData").GetBoolean()).ShouldBe((false, false));

        Dec(await CapaianAsync(client, id, "TAHUNAN"), "capaian").ShouldBe(103m);
        var sd3 = await CapaianAsync(client, id, "SD_TW3");
        (Dec(sd3, "target"), Dec(sd3, "realisasi")).ShouldBe((75m, 73m));
        Math.Round(Dec(sd3, "capaian"), 20).ShouldBe(97.33333333333333333333m);
        sd3.GetProperty("capaianTampil").GetString().ShouldBe("97,33 %");
        var tw2 = await CapaianAsync(client, id, "TW2");
        tw2.GetProperty("capaianTampil").GetString().ShouldBe("116,67 %");
    }

    [Theory, BothDatabases]
    public async Task NilaiAkhir_TakesTheLastFilledQuarter_AndSaysWhenTheYearIsIncomplete(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var id = await ExampleAsync(app, client, "NilaiAkhir", reportedQuarters: 3);

        var s1 = await CapaianAsync(client, id, "S1");
        (Dec(s1, "target"), Dec(s1, "realisasi")).ShouldBe((30m, 35m));
        s1.GetProperty("capaianTampil").GetString().ShouldBe("116,67 %");
        var partial = await CapaianAsync(client, id, "TAHUNAN");
        Dec(partial, "capaian").ShouldBe(80m);                       // TW III: 20 / 25, provisional
        partial.GetProperty("belumLengkap").GetBoolean().ShouldBeTrue();
        partial.GetProperty("triwulanBelumTerisi").EnumerateArray().Select(x => x.GetInt32()).ShouldBe([4]);
        partial.GetProperty("predikat").GetString().ShouldBe("Tinggi");

        await ReportAsync(app, id, 4, ExampleRealisasi[3]);
        var year = await CapaianAsync(client, id, "TAHUNAN");
        (Dec(year, "capaian"), year.GetProperty("belumLengkap").GetBoolean()).ShouldBe((120m, false));
        year.GetProperty("capaianTampil").GetString().ShouldBe("120,00 %");
    }

    [Theory, BothDatabases]
    public async Task RataRata_ComparesTheMeans(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var id = await ExampleAsync(app, client, "RataRata");

        var s1 = await CapaianAsync(client, id, "S1");
        (Dec(s1, "target"), Dec(s1, "realisasi"), Dec(s1, "capaian")).ShouldBe((25m, 26.5m, 106m));
        Dec(await CapaianAsync(client, id, "TAHUNAN"), "capaian").ShouldBe(103m);
    }

    [Theory, BothDatabases]
    public async Task NegativeIndicator_SelisihAndRasioTerbalik_AreTheWorkedExample(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var sasaran = await SasaranAsync(app, client);
        // domain.md: T 20, R 16 → 120 % (selisih), 125 % (rasio terbalik). Kumulatif: four quarters of 5 and 4.
        foreach (var (formula, expected, predikat) in new[] { ("Selisih", "120,00 %", "Sangat Tinggi"), ("RasioTerbalik", "125,00 %", "Sangat Tinggi") })
        {
            var id = (await IndikatorAsync(client, sasaran, "Kumulatif", 20, "Negative", formula, satuan: "kasus")).GetProperty("id").GetInt32();
            await SignedPkAsync(app, client, id, 20, [5, 5, 5, 5]);
            for (var q = 1; q <= 4; q++) await ReportAsync(app, id, q, 4);
            var year = await CapaianAsync(client, id, "TAHUNAN");
            (Dec(year, "target"), Dec(year, "realisasi")).ShouldBe((20m, 16m));
            year.GetProperty("capaianTampil").GetString().ShouldBe(expected, formula);
            year.GetProperty("predikat").GetString().ShouldBe(predikat);
            year.GetProperty("polarity").GetString().ShouldBe("Negative");
        }
    }

    [Theory, BothDatabases]
    public async Task OnlySubmittedForms_Count_AndTheLockedFlagKeepsOnlyLockedOnes(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var sasaran = await SasaranAsync(app, client);
        var id = (await IndikatorAsync(client, sasaran, "Kumulatif", 100)).GetProperty("id").GetInt32();
        await SignedPkAsync(app, client, id, 100, ExampleTargets);
        await ReportAsync(app, id, 1, 18, FormatStatus.Terkunci);
        await ReportAsync(app, id, 2, 35, FormatStatus.MenungguKabid);
        await ReportAsync(app, id, 3, 20, FormatStatus.Isian);          // still being filled: not data yet
        await ReportAsync(app, id, 4, 30, FormatStatus.Dikembalikan);   // returned to the unit: not data either

        var submitted = await CapaianAsync(client, id, "SD_TW3");
        (Dec(submitted, "realisasi"), Dec(submitted, "target"), Dec(submitted, "capaian")).ShouldBe((53m, 50m, 106m));
        submitted.GetProperty("belumLengkap").GetBoolean().ShouldBeTrue();
        submitted.GetProperty("triwulanBelumTerisi").EnumerateArray().Select(x => x.GetInt32()).ShouldBe([3]);
        var tw3 = submitted.GetProperty("triwulan")[2];
        (tw3.GetProperty("formDihitung").GetInt32(), tw3.GetProperty("formTidakDihitung").GetInt32()).ShouldBe((0, 1));

        var locked = await CapaianAsync(client, id, "SD_TW3", terkunci: true);
        (Dec(locked, "realisasi"), Dec(locked, "capaian"), locked.GetProperty("hanyaTerkunci").GetBoolean()).ShouldBe((18m, 90m, true));
        locked.GetProperty("triwulanTerisi").EnumerateArray().Select(x => x.GetInt32()).ShouldBe([1]);
    }

    [Theory, BothDatabases]
    public async Task NothingReported_IsBelumAdaData_WithTheFullTarget(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var id = await ExampleAsync(app, client, "Kumulatif", reportedQuarters: 0);

        var s2 = await CapaianAsync(client, id, "S2");
        s2.GetProperty("capaianTampil").GetString().ShouldBe("Belum ada data");
        (s2.GetProperty("belumAdaData").GetBoolean(), s2.GetProperty("status").GetString()).ShouldBe((true, "NoData"));
        s2.GetProperty("capaian").ValueKind.ShouldBe(JsonValueKind.Null);
        s2.GetProperty("predikat").ValueKind.ShouldBe(JsonValueKind.Null);
        Dec(s2, "targetPeriode").ShouldBe(50m);
    }

    [Theory, BothDatabases]
    public async Task WithoutASignedPk_TheRenstraTargetIsUsed(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var sasaran = await SasaranAsync(app, client);

        // Nilai akhir: the yearly level holds in every quarter.
        var level = (await IndikatorAsync(client, sasaran, "NilaiAkhir", 80)).GetProperty("id").GetInt32();
        await ReportAsync(app, level, 1, 60);
        var tw1 = await CapaianAsync(client, level, "TW1");
        (tw1.GetProperty("sumberTarget").GetString(), Dec(tw1, "target"), tw1.GetProperty("capaianTampil").GetString()).ShouldBe(("Renstra", 80m, "75,00 %"));

        // Kumulatif: a flow's quarters cannot be guessed; only the whole year, reported in full, compares.
        var flow = (await IndikatorAsync(client, sasaran, "Kumulatif", 100)).GetProperty("id").GetInt32();
        await ReportAsync(app, flow, 1, 18);
        var early = await CapaianAsync(client, flow, "TW1");
        early.GetProperty("status").GetString().ShouldBe("NotComputable");
        early.GetProperty("alasan").GetString()!.ShouldContain("Rencana Aksi");
        for (var q = 2; q <= 4; q++) await ReportAsync(app, flow, q, ExampleRealisasi[q - 1]);
        var year = await CapaianAsync(client, flow, "TAHUNAN");
        (Dec(year, "target"), Dec(year, "realisasi"), Dec(year, "capaian")).ShouldBe((100m, 103m, 103m));
    }

    [Theory, BothDatabases]
    public async Task NegativeResultSetting_IsStored_AndDecidesACapaianBelowZero(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var sasaran = await SasaranAsync(app, client);
        // Selisih with R > 2T: T 20, R 50 → (40 − 50) / 20 = −50 %.
        var created = await IndikatorAsync(client, sasaran, "NilaiAkhir", 20, "Negative", "Selisih", negativeResult: "ClampToZero", satuan: "kasus");
        var id = created.GetProperty("id").GetInt32();
        created.GetProperty("negativeResult").GetString().ShouldBe("ClampToZero");
        (await app.DbAsync(d => d.Indikator.Where(i => i.Id == id).Select(i => i.NegativeResult).SingleAsync()))
            .ShouldBe(Kinerja.Domain.Capaian.NegativeResult.ClampToZero);
        await ReportAsync(app, id, 1, 50);
        (await CapaianAsync(client, id, "TW1")).GetProperty("capaianTampil").GetString().ShouldBe("0,00 %");

        var dto = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indikator/{id}");
        var put = await client.PutAsJsonAsync($"/api/v1/indikator/{id}", new
        {
            kode = dto.GetProperty("kode").GetString(), nama = dto.GetProperty("nama").GetString(), satuan = "kasus", polarity = "Negative",
            negativeFormula = "Selisih", rollUp = "NilaiAkhir", decimals = 2, isIku = false, negativeResult = "Keep",
            targets = new[] { new { tahun = Tahun, nilai = 20m } }, version = dto.GetProperty("version").GetInt32(),
        });
        (await PkFixture.OkAsync(put)).GetProperty("negativeResult").GetString().ShouldBe("Keep");
        (await CapaianAsync(client, id, "TW1")).GetProperty("capaianTampil").GetString().ShouldBe("-50,00 %");
    }

    [Theory, BothDatabases]
    public async Task BadQuery_IsA422OnTheField_AndAnOutsiderSeesNothing(DatabaseProvider db)
    {
        var app = apps[db];
        var client = await app.ApiAsync(Planner);
        var id = await ExampleAsync(app, client, "Kumulatif", reportedQuarters: 1);

        var periode = await Problem.ReadAsync(await client.GetAsync($"/api/v1/indikator/{id}/capaian?tahun={Tahun}&periode=TW5"));
        periode.Status.ShouldBe(422);
        periode.Errors.ShouldContainKey("periode");
        var year = await Problem.ReadAsync(await client.GetAsync($"/api/v1/indikator/{id}/capaian?tahun=2031&periode=TW1"));
        (year.Status, year.Detail).ShouldBe((422, "Tahun 2031 di luar periode Renstra 2030–2030."), year.Detail);

        var outsider = await (await app.ApiAsync("kasubag.bpbd")).GetAsync($"/api/v1/indikator/{id}/capaian?tahun={Tahun}&periode=TW1");
        outsider.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("kabid.diskop")).GetAsync($"/api/v1/indikator/{id}/capaian?tahun={Tahun}&periode=TW1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
