using System.Data.Common;
using Kinerja.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kinerja.Web.Data;

public static class DatabaseSetup
{
    public static DatabaseProvider Provider(IConfiguration config) =>
        Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public static string DataPath(IConfiguration config, string contentRoot) =>
        Path.GetFullPath(config["Kinerja:DataPath"] ?? "./data", contentRoot);

    public static WebApplicationBuilder AddKinerjaDatabase(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var provider = Provider(config);
        var dataPath = DataPath(config, Directory.GetCurrentDirectory());
        Directory.CreateDirectory(dataPath);
        var connectionString = config.GetConnectionString("Kinerja");
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
            connectionString = $"Data Source={Path.Combine(dataPath, "kinerja.db")}";
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("ConnectionStrings:Kinerja harus diisi bila Database:Provider = Postgres.");

        builder.Services.AddSingleton(new DatabaseInfo(provider, connectionString, dataPath));
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddDbContext<AppDbContext>(o => Configure(o, provider, connectionString));
        builder.Services.AddScoped<SchemaMigrator>();
        return builder;
    }

    public static void Configure(DbContextOptionsBuilder o, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
            o.UseNpgsql(connectionString);
        else
            o.UseSqlite(connectionString).AddInterceptors(new SqliteBusyTimeout());
    }

    /// <summary>Concurrent writers wait for the lock instead of failing at once with SQLITE_BUSY.</summary>
    private sealed class SqliteBusyTimeout : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            if (connection is not SqliteConnection) return;
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA busy_timeout = 10000;";
            cmd.ExecuteNonQuery();
        }
    }
}

public record DatabaseInfo(DatabaseProvider Provider, string ConnectionString, string DataPath);
