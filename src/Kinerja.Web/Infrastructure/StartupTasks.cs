using Kinerja.Web.Data;
using Kinerja.Web.Data.Demo;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Infrastructure;

public static class StartupTasks
{
    /// <summary>Creates or upgrades the schema, then seeds the demo regency once if asked to.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Kinerja");
        DatabaseInfo info;
        KinerjaOptions options;
        try
        {
            info = sp.GetRequiredService<DatabaseInfo>();
            options = sp.GetRequiredService<IOptions<KinerjaOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            log.LogCritical("Konfigurasi tidak valid; aplikasi berhenti. / Invalid configuration; the app stops. {Errors}", e.Message);
            throw;
        }
        var applied = await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        log.LogInformation("Basis data {Provider} siap ({Applied} migrasi skema baru diterapkan). Data: {DataPath}",
            info.Provider, applied.Count, info.DataPath);

        if (options.SeedDemo && await sp.GetRequiredService<DemoSeed>().SeedAsync())
            log.LogInformation("Data demo (Kabupaten Balangan dan Kabupaten Banggai) dibuat. Masuk sebagai 'admin' atau mis. 'kasubag.bpbd' dengan kata sandi demo (Kinerja:DemoPassword).");
    }
}
