using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Tests.Settings;

/// <summary>A wrong setting stops the app at start with a message in Indonesian and English, before any database is touched.</summary>
[Collection("web")]
public class InvalidSettingsTests(TestApps apps)
{
    private OptionsValidationException StartFails(DatabaseProvider provider, params (string Key, string Value)[] settings)
    {
        var dataPath = apps.TempFolder();
        using var valid = apps.NewApp(provider, null, dataPath);
        using var app = valid.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });
        var thrown = Should.Throw<Exception>(() => app.Server);
        Directory.EnumerateFileSystemEntries(dataPath).ShouldBeEmpty("nothing is created before the settings are valid");
        for (Exception? e = thrown; e is not null; e = e.InnerException)
            if (e is OptionsValidationException invalid) return invalid;
        throw new ShouldAssertException($"expected an OptionsValidationException, got {thrown}");
    }

    [Fact]
    public void UnknownDatabaseProvider_StopsTheApp_InsteadOfFallingBackToSqlite()
    {
        var e = StartFails(DatabaseProvider.Sqlite, ("Database:Provider", "MySql"));
        e.Message.ShouldContain("Database:Provider 'MySql' tidak dikenal: pilih Sqlite atau Postgres.");
        e.Message.ShouldContain("Database:Provider 'MySql' is unknown: use Sqlite or Postgres.");
    }

    [Fact]
    public void PostgresWithoutConnectionString_StopsTheApp()
    {
        var e = StartFails(DatabaseProvider.Postgres, ("ConnectionStrings:Kinerja", " "));
        e.Message.ShouldContain("ConnectionStrings:Kinerja harus diisi bila Database:Provider = Postgres.");
        e.Message.ShouldContain("ConnectionStrings:Kinerja is required when Database:Provider is Postgres.");
    }

    [Fact]
    public void UnknownTimeZoneAndNonPositiveLimits_StopTheApp_NamingEachSetting()
    {
        var e = StartFails(DatabaseProvider.Sqlite,
            ("Kinerja:TimeZone", "Asia/Banjarmasin"), ("Kinerja:BuktiMaxBytes", "0"), ("Kinerja:PdfTimeoutSeconds", "-1"));
        e.Message.ShouldContain("Kinerja:TimeZone 'Asia/Banjarmasin' bukan zona waktu IANA yang dikenal");
        e.Message.ShouldContain("is not a known IANA time zone");
        e.Message.ShouldContain("Kinerja:BuktiMaxBytes harus lebih dari 0.");
        e.Message.ShouldContain("Kinerja:PdfTimeoutSeconds must be greater than 0.");
    }

    [Fact]
    public async Task ProviderNameInAnyLetterCase_IsAccepted()
    {
        await using var app = apps.NewApp(DatabaseProvider.Sqlite, null, seedDemo: false);
        await using var lower = app.WithWebHostBuilder(b => b.UseSetting("Database:Provider", "sqlite"));
        using var client = lower.CreateClient();
        (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/healthz")).GetProperty("database").GetString().ShouldBe("Sqlite");
    }
}
