using System.Data.Common;
using Kinerja.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers both providers' context types and hands out the configured one as <see cref="AppDbContext"/>.
    /// The choice is made when the first context is asked for, from validated options, so that a wrong
    /// provider stops the app with the validator's message.
    /// </summary>
    public static WebApplicationBuilder AddKinerjaDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => DatabaseInfo.From(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IOptions<KinerjaOptions>>().Value));
        services.AddScoped<AuditTrail>();
        services.AddDbContext<SqliteAppDbContext>((sp, o) => Configure(o, sp.GetRequiredService<DatabaseInfo>()));
        services.AddDbContext<PostgresAppDbContext>((sp, o) => Configure(o, sp.GetRequiredService<DatabaseInfo>()));
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<DatabaseInfo>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());
        services.AddScoped<DatabaseMigrator>();
        return builder;
    }

    /// <summary>A context outside the container (tests, design-time tools): no audit trail.</summary>
    public static AppDbContext CreateContext(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>();
            Configure(options, provider, connectionString);
            return new PostgresAppDbContext(options.Options);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>();
        Configure(sqlite, provider, connectionString);
        return new SqliteAppDbContext(sqlite.Options);
    }

    private static void Configure(DbContextOptionsBuilder o, DatabaseInfo info) => Configure(o, info.Provider, info.ConnectionString);

    private static void Configure(DbContextOptionsBuilder o, DatabaseProvider provider, string connectionString)
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

/// <summary>The database in use, resolved once from the validated options.</summary>
public record DatabaseInfo(DatabaseProvider Provider, string ConnectionString, string DataPath)
{
    public static DatabaseInfo From(DatabaseOptions database, KinerjaOptions kinerja)
    {
        var provider = database.ParsedProvider ?? throw new InvalidOperationException("DatabaseOptions were not validated.");
        var dataPath = kinerja.FullDataPath;
        var connectionString = string.IsNullOrWhiteSpace(database.ConnectionString) && provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(dataPath, "kinerja.db")}"
            : database.ConnectionString!;
        return new DatabaseInfo(provider, connectionString, dataPath);
    }
}
