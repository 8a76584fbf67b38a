using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>Banggai's own scale is edited here; Balangan keeps the default, so other tests are not affected.</summary>
[Collection("web")]
public class CapaianSettingsApiTests(TestApps apps)
{
    private static async Task<int> BanggaiAsync(KinerjaApp app) => await app.DbAsync(d => d.Pemda.Where(p => p.Kode == "7201").Select(p => p.Id).SingleAsync());

    private static object Scale(int pemda, int version, decimal split, string colour = "#2E7D32") => new
    {
        pemdaId = pemda, version, efisienAbove = 10m, tidakEfisienBelow = -10m,
        predikat = new object[]
        {
            new { lower = (decimal?)null, upper = (decimal?)split, label = "Belum Memadai", colour = "#C62828" },
            new { lower = (decimal?)split, upper = (decimal?)null, label = "Memadai", colour },
        },
    };

    [Theory, BothDatabases]
    public async Task AdminPemda_SetsItsOwnScale_AndThePreviewOfItsStaffFollowsIt(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("admin.banggai");
        var pemda = await BanggaiAsync(app);
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/pemda/{pemda}/capaian-settings");
        current.GetProperty("predikat").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);

        var saved = await admin.PutAsJsonAsync($"/api/v1/pemda/{pemda}/capaian-settings", Scale(pemda, current.GetProperty("version").GetInt32(), 80m));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        var staff = await app.ApiAsync("kasubag.bappeda");
        var preview = await (await staff.PostAsJsonAsync("/api/v1/capaian/preview", new { polarity = "Positive", rollUp = "NilaiAkhir", decimals = 2, target = 100, realisasi = 85 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        preview.GetProperty("predikat").GetString().ShouldBe("Memadai");
        var balangan = await (await (await app.ApiAsync("kasubag.bpbd")).PostAsJsonAsync("/api/v1/capaian/preview", new { polarity = "Positive", rollUp = "NilaiAkhir", decimals = 2, target = 100, realisasi = 85 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        balangan.GetProperty("predikat").GetString().ShouldBe("Tinggi");
    }

    [Theory, BothDatabases]
    public async Task AScaleWithAGapOrABadColour_IsRefused_AndTheOldScaleStays(DatabaseProvider db)
    {
        var app = apps[db];
        var admin = await app.ApiAsync("admin.banggai");
        var pemda = await BanggaiAsync(app);
        var before = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/pemda/{pemda}/capaian-settings");
        var version = before.GetProperty("version").GetInt32();

        var gap = await admin.PutAsJsonAsync($"/api/v1/pemda/{pemda}/capaian-settings", new
        {
            pemdaId = pemda, version, efisienAbove = 5m, tidakEfisienBelow = -5m,
            predikat = new object[]
            {
                new { lower = (decimal?)null, upper = (decimal?)50m, label = "Rendah", colour = "#C62828" },
                new { lower = (decimal?)60m, upper = (decimal?)null, label = "Tinggi", colour = "#2E7D32" },
            },
        });
        (await Problem.ReadAsync(gap)).Errors["Predikat"].Single().ShouldContain("celah");
        var colour = await Problem.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/pemda/{pemda}/capaian-settings", Scale(pemda, version, 70m, "hijau")));
        colour.Errors["Predikat"].Single().ShouldContain("#RRGGBB");

        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/pemda/{pemda}/capaian-settings");
        after.GetRawText().ShouldBe(before.GetRawText());
    }

    [Theory, BothDatabases]
    public async Task StaffReadTheirPemdasScale_ButOnlyTheAdminPemdaChangesIt(DatabaseProvider db)
    {
        var app = apps[db];
        var pemda = await BanggaiAsync(app);
        var staff = await app.ApiAsync("kasubag.bappeda");
        var current = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/pemda/{pemda}/capaian-settings");
        (await staff.PutAsJsonAsync($"/api/v1/pemda/{pemda}/capaian-settings", Scale(pemda, current.GetProperty("version").GetInt32(), 60m)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
