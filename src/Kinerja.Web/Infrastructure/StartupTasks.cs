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
        var info = sp.GetRequiredService<DatabaseInfo>();
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Kinerja");
        var applied = await sp.GetRequiredService<SchemaMigrator>().MigrateAsync();
        log.LogInformation("Basis data {Provider} siap ({Applied} skrip skema baru diterapkan). Data: {DataPath}",
            info.Provider, applied, info.DataPath);

        var options = sp.GetRequiredService<IOptions<KinerjaOptions>>().Value;
        if (options.SeedDemo && await sp.GetRequiredService<DemoSeed>().SeedAsync())
            log.LogInformation("Data demo (Kabupaten Balangan dan Kabupaten Banggai) dibuat. Masuk sebagai 'admin' atau mis. 'kasubag.bpbd' dengan kata sandi demo (Kinerja:DemoPassword).");
    }
}
