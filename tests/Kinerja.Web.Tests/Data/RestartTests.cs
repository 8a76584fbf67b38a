using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Data;

[Collection("web")]
public class RestartTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task StopAndStart_KeepsAllData_DoesNotSeedTwice_AndKeepsTokensValid(DatabaseProvider provider)
    {
        var cs = provider == DatabaseProvider.Postgres ? await apps.Postgres.CreateDatabaseAsync("restart") : null;
        var dataPath = apps.TempFolder();
        string token;
        int unitId;

        await using (var first = apps.NewApp(provider, cs, dataPath))
        {
            var admin = await first.ApiAsync("adminopd.bpbd");
            token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
            var opd = await first.DbAsync(d => d.PerangkatDaerah.Where(o => o.Kode == "BPBD").Select(o => o.Id).SingleAsync());
            var created = await admin.PostAsJsonAsync("/api/v1/units", new { perangkatDaerahId = opd, kode = "SEKSI-BERTAHAN", nama = "Seksi Bertahan", jenis = "Seksi" });
            unitId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        }
        if (provider == DatabaseProvider.Sqlite) File.Exists(Path.Combine(dataPath, "kinerja.db")).ShouldBeTrue();

        await using var second = apps.NewApp(provider, cs, dataPath);
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var unit = await client.GetFromJsonAsync<JsonElement>($"/api/v1/units/{unitId}");
        unit.GetProperty("nama").GetString().ShouldBe("Seksi Bertahan");
        (await second.DbAsync(d => d.Pemda.CountAsync())).ShouldBe(2);
        (await second.DbAsync(d => d.Users.CountAsync(u => u.UserName == "kasubag.bpbd"))).ShouldBe(1);
    }

    [Fact]
    public async Task SeedDemoFalse_StartsWithAnEmptyOrganisation()
    {
        await using var app = apps.NewApp(DatabaseProvider.Sqlite, null, seedDemo: false);
        using var client = app.CreateClient();
        (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("pemda").GetInt32().ShouldBe(0);
    }
}
