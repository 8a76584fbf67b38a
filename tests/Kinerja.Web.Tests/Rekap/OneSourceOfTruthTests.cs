using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Rekap.RekapFixture;

namespace Kinerja.Web.Tests.Rekap;

/// <summary>
/// One source of truth (issue 10, item 5): for every indicator of the demo data, in several periods and with locked
/// or submitted data, the recap's figure is exactly what GET /api/v1/indikator/{id}/capaian answers.
/// </summary>
[Collection("web")]
public class OneSourceOfTruthTests(TestApps apps)
{
    private static readonly string[] Periods = ["TW1", "TW2", "TW3", "S1", "TAHUNAN", "SD_TW3"];

    [Theory, BothDatabases]
    public async Task EveryDemoIndicator_TheRecapEqualsTheCapaianEndpoint(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var opds = await app.DbAsync(d => d.PerangkatDaerah.Where(o => o.Pemda.IsDemo && d.Renstra.Any(r => r.PerangkatDaerahId == o.Id && r.Nama.EndsWith("(demo)")))
            .Select(o => new { o.Id, o.Kode, Banggai = o.Pemda.Kode == "7201" }).ToListAsync());
        opds.Count.ShouldBe(5);
        var balangan = await app.ApiAsync("admin");
        var banggai = await app.ApiAsync("admin.banggai");
        var (compared, expected) = (0, 0);
        var kinds = new HashSet<string>();

        foreach (var opd in opds)
        {
            var client = opd.Banggai ? banggai : balangan;
            var demo = await app.DbAsync(d => d.Indikator.Where(i => i.Sasaran!.Tujuan.Renstra.PerangkatDaerahId == opd.Id
                    && i.Sasaran.Tujuan.Renstra.TahunAwal <= Tahun && i.Sasaran.Tujuan.Renstra.TahunAkhir >= Tahun).Select(i => i.Id).ToListAsync());
            expected += demo.Count * Periods.Length * 2;
            foreach (var periode in Periods)
                foreach (var diajukan in new[] { false, true })
                {
                    var rekap = await RekapAsync(client, $"tahun={Tahun}&periode={periode}&tingkat=opd&perangkatDaerahId={opd.Id}&diajukan={diajukan.ToString().ToLowerInvariant()}");
                    var rows = Rows(rekap).ToList();
                    rows.Select(r => r.GetProperty("indikatorId").GetInt32()).Order().ShouldBe(demo.Order(), $"{opd.Kode}: every indicator is in the recap");
                    foreach (var row in rows)
                    {
                        var id = row.GetProperty("indikatorId").GetInt32();
                        var one = await client.GetFromJsonAsync<JsonElement>(
                            $"/api/v1/indikator/{id}/capaian?tahun={Tahun}&periode={periode}&terkunci={(!diajukan).ToString().ToLowerInvariant()}");
                        var what = $"{opd.Kode} {row.GetProperty("kode").GetString()} {periode} diajukan={diajukan}";
                        var capaian = row.GetProperty("capaian");
                        Same(capaian.GetProperty("nilai"), one.GetProperty("capaian"), what + " capaian");
                        capaian.GetProperty("tampil").GetString().ShouldBe(one.GetProperty("capaianTampil").GetString(), what);
                        capaian.GetProperty("status").GetString().ShouldBe(one.GetProperty("status").GetString(), what);
                        capaian.GetProperty("alasan").ToString().ShouldBe(one.GetProperty("alasan").ToString(), what);
                        (row.GetProperty("predikat").ValueKind == JsonValueKind.Null ? null : row.GetProperty("predikat").GetProperty("label").GetString())
                            .ShouldBe(one.GetProperty("predikat").GetString(), what);
                        foreach (var (mine, theirs) in new[] { ("target", "target"), ("targetAtas", "targetAtas"), ("realisasi", "realisasi"), ("targetPeriode", "targetPeriode") })
                            Same(row.GetProperty(mine), one.GetProperty(theirs), what + " " + mine);
                        row.GetProperty("belumAdaData").GetBoolean().ShouldBe(one.GetProperty("belumAdaData").GetBoolean(), what);
                        row.GetProperty("belumLengkap").GetBoolean().ShouldBe(one.GetProperty("belumLengkap").GetBoolean(), what);
                        row.GetProperty("status").GetString().ShouldBe(one.GetProperty("statusData").GetString(), what);
                        row.GetProperty("triwulan").EnumerateArray().Select(t => t.GetProperty("realisasi").ToString())
                            .ShouldBe(one.GetProperty("triwulan").EnumerateArray().Select(t => t.GetProperty("realisasi").ToString()), what);
                        kinds.Add($"{capaian.GetProperty("status").GetString()}/{row.GetProperty("rollUp").GetString()}/{row.GetProperty("sumberTarget").GetString()}");
                        compared++;
                    }
                }
        }
        // The comparison covered real figures of every roll-up, the "belum ada data" case and submitted-only quarters.
        (compared, expected >= 41 * Periods.Length * 2).ShouldBe((expected, true));
        kinds.ShouldContain("Computed/Kumulatif/RencanaAksi");
        kinds.ShouldContain("Computed/NilaiAkhir/RencanaAksi");
        kinds.ShouldContain("Computed/RataRata/RencanaAksi");
        kinds.ShouldContain("NoData/Kumulatif/RencanaAksi");
    }

    private static void Same(JsonElement a, JsonElement b, string what)
    {
        if (a.ValueKind == JsonValueKind.Null || b.ValueKind == JsonValueKind.Null) a.ValueKind.ShouldBe(b.ValueKind, what);
        else a.GetDecimal().ShouldBe(b.GetDecimal(), what);
    }
}
