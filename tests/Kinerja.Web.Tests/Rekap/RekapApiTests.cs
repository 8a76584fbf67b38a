using System.Text.Json;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Pengumpulan;
using static Kinerja.Web.Tests.Rekap.RekapFixture;

namespace Kinerja.Web.Tests.Rekap;

/// <summary>GET /api/v1/rekap: the worked example, "belum ada data", locked versus submitted data, and the checks.</summary>
[Collection("web")]
public class RekapApiTests(TestApps apps)
{
    private static decimal? Dec(JsonElement e, string field) => e.GetProperty(field).ValueKind == JsonValueKind.Null ? null : e.GetProperty(field).GetDecimal();

    private static string Tampil(JsonElement row, string field = "capaian") => row.GetProperty(field).GetProperty("tampil").GetString()!;

    private static string? Predikat(JsonElement row) =>
        row.GetProperty("predikat").ValueKind == JsonValueKind.Null ? null : row.GetProperty("predikat").GetProperty("label").GetString();

    private static List<string> Checks(JsonElement rekap, string? kode = null) =>
        rekap.GetProperty("pemeriksaan").EnumerateArray().Where(c => kode is null || c.GetProperty("baris").GetString() == kode)
            .Select(c => c.GetProperty("kode").GetString()!).ToList();

    [Theory, BothDatabases]
    public async Task TwIIAndSemesterI_OfTheWorkedExample_ForAKumulatifAndANilaiAkhirIndicator(DatabaseProvider db)
    {
        var app = apps[db];
        var sasaran = await RekapPlan.SasaranAsync(app);
        decimal?[] targets = [20, 30, 25, 25];
        var flow = await RekapPlan.IndikatorAsync(app, sasaran, RollUp.Kumulatif, 100, targets, ["SEKSI-PENCEGAHAN"]);
        var level = await RekapPlan.IndikatorAsync(app, sasaran, RollUp.NilaiAkhir, 100, targets, ["SEKSI-PENCEGAHAN"], satuan: "%");
        foreach (var id in new[] { flow, level })
            for (var q = 1; q <= 4; q++) await RekapPlan.ReportAsync(app, id, q, new[] { 18m, 35m, 20m, 30m }[q - 1]);
        var client = await app.ApiAsync("kasubag.bpbd");

        var tw2 = await RekapAsync(client, RekapPlan.Url("TW2", $"&sasaranId={sasaran}"));
        (tw2.GetProperty("periode").GetString(), tw2.GetProperty("tingkat").GetString(), tw2.GetProperty("termasukDiajukan").GetBoolean())
            .ShouldBe(("TW II", "PerangkatDaerah", false));
        var k = Row(tw2, flow);
        (Dec(k, "target"), Dec(k, "realisasi"), Tampil(k), Predikat(k)).ShouldBe((30m, 35m, "116,67 %", "Sangat Tinggi"));
        (k.GetProperty("rollUp").GetString(), k.GetProperty("sumberTarget").GetString(), k.GetProperty("status").GetString()).ShouldBe(("Kumulatif", "RencanaAksi", "Terkunci"));
        k.GetProperty("aturanRollUp").GetString()!.ShouldStartWith("Kumulatif");
        Tampil(k, "progres").ShouldBe("35,00 %");                        // ΣR / T_year at TW II alone: 35 / 100
        Tampil(Row(tw2, level)).ShouldBe("116,67 %");

        var s1 = await RekapAsync(client, RekapPlan.Url("S1", $"&sasaranId={sasaran}"));
        k = Row(s1, flow);
        (Dec(k, "target"), Dec(k, "realisasi"), Dec(k, "targetPeriode"), Tampil(k), Tampil(k, "progres")).ShouldBe((50m, 53m, 50m, "106,00 %", "53,00 %"));
        k.GetProperty("triwulan").EnumerateArray().Select(t => Dec(t, "realisasi")).ShouldBe([18m, 35m, 20m, 30m]);
        var n = Row(s1, level);
        (Dec(n, "target"), Dec(n, "realisasi"), Tampil(n), Predikat(n)).ShouldBe((30m, 35m, "116,67 %", "Sangat Tinggi"));
        // The sasaran's capaian is the mean of the unrounded capaian: (106 + 116,666…) / 2.
        var sasaranRow = s1.GetProperty("perangkatDaerah")[0].GetProperty("tujuan")[0].GetProperty("sasaran")[0];
        (Tampil(sasaranRow), sasaranRow.GetProperty("dihitung").GetInt32()).ShouldBe(("111,33 %", 2));
        Checks(s1).ShouldBeEmpty();

        var year = await RekapAsync(client, RekapPlan.Url("TAHUNAN", $"&sasaranId={sasaran}"));
        (Tampil(Row(year, flow)), Tampil(Row(year, level))).ShouldBe(("103,00 %", "120,00 %"));
    }

    [Theory, BothDatabases]
    public async Task APeriodWithoutData_IsBelumAdaData_NeverZeroPercent(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var rekap = await RekapAsync(await app.ApiAsync("kasubag.bpbd"), $"tahun={Tahun}&periode=S2");   // TW III not locked, TW IV being filled
        var rows = Rows(rekap).ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(9);
        foreach (var row in rows.Where(r => r.GetProperty("kode").GetString()!.StartsWith("IK")))
        {
            (Tampil(row), row.GetProperty("capaian").GetProperty("status").GetString(), row.GetProperty("belumAdaData").GetBoolean()).ShouldBe(("Belum ada data", "NoData", true));
            row.GetProperty("capaian").GetProperty("nilai").ValueKind.ShouldBe(JsonValueKind.Null);
            Predikat(row).ShouldBeNull();
        }
        var opd = rekap.GetProperty("perangkatDaerah")[0];
        Tampil(opd, "rataRataCapaian").ShouldBe("Belum ada data");
        Tampil(rekap, "rataRataCapaian").ShouldBe("Belum ada data");
        rekap.GetRawText().ShouldNotContain("\"0,00 %\"");
    }

    [Theory, BothDatabases]
    public async Task LockedDataOnly_ByDefault_SubmittedOnRequest_MarkedNotFinal_AndReturnedFormsFlagged(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var client = await app.ApiAsync("kasubag.bpbd");

        // TW II: Seksi Logistik (IK-2.3, IK-2.5) only submitted.
        var locked = await RekapAsync(client, $"tahun={Tahun}&periode=TW2");
        var logistik = Rows(locked).Single(r => r.GetProperty("kode").GetString() == "IK-2.3");
        (Tampil(logistik), logistik.GetProperty("status").GetString()).ShouldBe(("Belum ada data", "Diajukan"));
        Checks(locked, "IK-2.3").ShouldBe(["BELUM_DIKUNCI"]);
        Tampil(Rows(locked).Single(r => r.GetProperty("kode").GetString() == "IK-1.3")).ShouldNotBe("Belum ada data");

        var submitted = await RekapAsync(client, $"tahun={Tahun}&periode=TW2&diajukan=true");
        submitted.GetProperty("termasukDiajukan").GetBoolean().ShouldBeTrue();
        logistik = Rows(submitted).Single(r => r.GetProperty("kode").GetString() == "IK-2.3");
        (logistik.GetProperty("capaian").GetProperty("status").GetString(), logistik.GetProperty("status").GetString()).ShouldBe(("Computed", "Diajukan"));
        Checks(submitted, "IK-2.3").ShouldBe(["BELUM_FINAL"]);
        var pesan = submitted.GetProperty("pemeriksaan").EnumerateArray().First(c => c.GetProperty("baris").GetString() == "IK-2.3").GetProperty("pesan").GetString();
        pesan.ShouldBe("IK-2.3 (BPBD), TW II: angka dari formulir yang diajukan tetapi belum dikunci (belum final).");

        // TW III: Seksi Kesiapsiagaan's form was returned.
        var tw3 = await RekapAsync(client, $"tahun={Tahun}&periode=TW3&diajukan=true");
        var returned = Rows(tw3).Single(r => r.GetProperty("kode").GetString() == "IK-1.2");
        (Tampil(returned), returned.GetProperty("status").GetString()).ShouldBe(("Belum ada data", "Dikembalikan"));
        Checks(tw3, "IK-1.2").ShouldBe(["DIKEMBALIKAN"]);
        // The form row behind a figure is named, so the page can link to it.
        var source = Row(tw3, Rows(tw3).Single(r => r.GetProperty("kode").GetString() == "IK-1.3").GetProperty("indikatorId").GetInt32())
            .GetProperty("triwulan")[2].GetProperty("sumber").EnumerateArray().Single();
        (source.GetProperty("unit").GetString(), source.GetProperty("status").GetString()).ShouldBe(("Seksi Pencegahan", "Diajukan"));
    }

    [Theory, BothDatabases]
    public async Task Budget_PaguRealisasiAndSerapan_AddUp_AndEfisiensiIsComputedForTheWholeYear(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var client = await app.ApiAsync("kasubag.bpkpad");
        var s1 = await RekapAsync(client, $"tahun={Tahun}&periode=S1");
        var opd = s1.GetProperty("perangkatDaerah")[0];
        var lines = opd.GetProperty("anggaran").EnumerateArray().ToList();
        var sub = lines.Where(l => l.GetProperty("level").GetString() == "SubKegiatan").ToList();
        sub.Count.ShouldBeGreaterThan(0);
        foreach (var line in sub)
        {
            var pagu = line.GetProperty("pagu").GetInt64();
            var expected = pagu * 15 / 100 + pagu * 30 / 100;                 // TW I 15 %, TW II 30 % of the pagu (RekapFixture)
            line.GetProperty("realisasi").GetInt64().ShouldBe(expected);
            Dec(line.GetProperty("serapan"), "nilai").ShouldBe(expected * 100m / pagu);
        }
        foreach (var parent in lines.Where(l => l.GetProperty("level").GetString() != "SubKegiatan"))
        {
            var children = lines.Where(l => l.GetProperty("parentId").ValueKind == JsonValueKind.Number
                                            && l.GetProperty("parentId").GetInt32() == parent.GetProperty("programKegiatanId").GetInt32()).ToList();
            if (children.Count > 0) parent.GetProperty("realisasi").GetInt64().ShouldBe(children.Sum(c => c.GetProperty("realisasi").GetInt64()));
        }
        var total = opd.GetProperty("keuangan");
        total.GetProperty("realisasi").GetInt64().ShouldBe(lines.Where(l => l.GetProperty("level").GetString() == "Program").Sum(l => l.GetProperty("realisasi").GetInt64()));
        opd.GetProperty("efisiensi").ValueKind.ShouldBe(JsonValueKind.Null);      // not for half a year
        Checks(s1).Where(c => c.StartsWith("ANGGARAN")).ShouldBeEmpty();

        var year = await RekapAsync(client, $"tahun={Tahun}&periode=TAHUNAN");
        var sasaran = year.GetProperty("perangkatDaerah")[0].GetProperty("tujuan")[0].GetProperty("sasaran")[0];
        sasaran.GetProperty("keuangan").ValueKind.ShouldBe(JsonValueKind.Object);
        sasaran.GetProperty("efisiensi").GetString().ShouldBeOneOf("Efisien", "CukupEfisien", "TidakEfisien");
        // Computed from the shown capaian and serapan with the Pemda's thresholds (±5 points), never typed.
        var c = Math.Round(Dec(sasaran.GetProperty("capaian"), "nilai")!.Value, 2);
        var s = Math.Round(Dec(sasaran.GetProperty("keuangan").GetProperty("serapan"), "nilai")!.Value, 2);
        sasaran.GetProperty("efisiensi").GetString().ShouldBe(c - s > 5 ? "Efisien" : c - s < -5 ? "TidakEfisien" : "CukupEfisien");
    }

    [Theory, BothDatabases]
    public async Task APercentageSetToBeSummed_AndAFlowOfTwoUnits_AreHandledAndFlagged(DatabaseProvider db)
    {
        var app = apps[db];
        var sasaran = await RekapPlan.SasaranAsync(app);
        var percent = await RekapPlan.IndikatorAsync(app, sasaran, RollUp.Kumulatif, 90, [90, 90, 90, 90], ["SEKSI-PENCEGAHAN"], satuan: "%");
        // Two units answer for one flow; a quarter counts only when both have reported, and then their figures add up.
        var shared = await RekapPlan.IndikatorAsync(app, sasaran, RollUp.Kumulatif, 100, [20, 30, 25, 25], ["SEKSI-PENCEGAHAN", "SEKSI-KESIAPSIAGAAN"]);
        await RekapPlan.ReportAsync(app, percent, 1, 90);
        await RekapPlan.ReportAsync(app, percent, 2, 95);
        await RekapPlan.ReportAsync(app, shared, 1, 8);
        await RekapPlan.ReportAsync(app, shared, 1, 10, unit: "SEKSI-KESIAPSIAGAAN");
        await RekapPlan.ReportAsync(app, shared, 2, 12);
        await RekapPlan.ReportAsync(app, shared, 2, null, unit: "SEKSI-KESIAPSIAGAAN");     // the other unit's TW II is still empty
        var rekap = await RekapAsync(await app.ApiAsync("kasubag.bpbd"), RekapPlan.Url("S1", $"&sasaranId={sasaran}"));

        Checks(rekap, Row(rekap, percent).GetProperty("kode").GetString()).ShouldBe(["PERSEN_KUMULATIF"]);
        var row = Row(rekap, shared);
        row.GetProperty("triwulan").EnumerateArray().Select(t => Dec(t, "realisasi")).ShouldBe([18m, null, null, null]);
        (Dec(row, "realisasi"), Dec(row, "target"), Tampil(row), row.GetProperty("belumLengkap").GetBoolean()).ShouldBe((18m, 20m, "90,00 %", true));
        row.GetProperty("triwulan")[1].GetProperty("formDihitung").GetInt32().ShouldBe(2);
    }

    [Theory, BothDatabases]
    public async Task BadQueries_AreRefusedOnTheirField(DatabaseProvider db)
    {
        var client = await apps[db].ApiAsync("kasubag.bpbd");
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/rekap?periode=TW2"))).Errors["tahun"].Single().ShouldContain("Tahun wajib diisi");
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/rekap?tahun=2026&periode=TW5"))).Errors["periode"].Single().ShouldContain("TW5");
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/rekap?tahun=2026&tingkat=negara"))).Errors["tingkat"].Single().ShouldContain("negara");
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/rekap?tahun=1900"))).Errors["tahun"].Single().ShouldContain("Tahun tidak wajar");
    }
}
