using System.Text.Json;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>The worked examples of domain.md, through the API the indicator editor calls.</summary>
[Collection("web")]
public class CapaianPreviewApiTests(TestApps apps)
{
    private static async Task<JsonElement> PreviewAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/capaian/preview", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("Negative", "Selisih", 20, 16, "120,00 %", "Sangat Tinggi")]
    [InlineData("Negative", "RasioTerbalik", 20, 16, "125,00 %", "Sangat Tinggi")]
    [InlineData("Positive", null, 80, 70, "87,50 %", "Tinggi")]
    [InlineData("Positive", null, 100, 50, "50,00 %", "Sangat Rendah")]
    public async Task SingleFigures_GiveTheDocumentedCapaianAndPredikat(string polarity, string? formula, double target, double realisasi, string display, string predikat)
    {
        var client = await apps[DatabaseProvider.Sqlite].ApiAsync("kasubag.bpbd");
        var result = await PreviewAsync(client, new { polarity, negativeFormula = formula, rollUp = "NilaiAkhir", decimals = 2, target, realisasi });

        result.GetProperty("display").GetString().ShouldBe(display);
        result.GetProperty("predikat").GetString()!.ShouldStartWith(predikat);
    }

    [Fact]
    public async Task KumulatifSemesterI_IsTheSumOfRealisasiOverTheSumOfTargets()
    {
        var client = await apps[DatabaseProvider.Postgres].ApiAsync("kabid.bpkpad");
        var result = await PreviewAsync(client, new
        {
            polarity = "Positive", rollUp = "Kumulatif", decimals = 2, periode = "Semester I",
            triwulan = new[] { new { target = 20m, realisasi = (decimal?)18m }, new { target = 30m, realisasi = (decimal?)35m },
                               new { target = 25m, realisasi = (decimal?)20m }, new { target = 25m, realisasi = (decimal?)30m } },
        });

        result.GetProperty("value").GetDecimal().ShouldBe(106m);
        result.GetProperty("display").GetString().ShouldBe("106,00 %");
        result.GetProperty("lengkap").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task NoRealisasiYet_IsBelumAdaData_NotZeroPercent_AndTargetZeroIsExplained()
    {
        var client = await apps[DatabaseProvider.Sqlite].ApiAsync("pelaksana.bpbd");
        var none = await PreviewAsync(client, new { polarity = "Positive", rollUp = "Kumulatif", decimals = 2, target = 10 });
        none.GetProperty("status").GetString().ShouldBe("NoData");
        none.GetProperty("display").GetString().ShouldBe("Belum ada data");

        var zero = await PreviewAsync(client, new { polarity = "Positive", rollUp = "Kumulatif", decimals = 2, target = 0, realisasi = 5 });
        zero.GetProperty("status").GetString().ShouldBe("NotComputable");
        zero.GetProperty("alasan").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task ACapBelow100_IsRefusedNextToTheCapField()
    {
        var client = await apps[DatabaseProvider.Sqlite].ApiAsync("kasubag.bpbd");
        var problem = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/capaian/preview",
            new { polarity = "Positive", rollUp = "Kumulatif", decimals = 2, capaianCap = 90, target = 10, realisasi = 12 }));

        problem.Status.ShouldBe(422);
        problem.Errors["CapaianCap"].Single().ShouldContain("100");
    }
}
