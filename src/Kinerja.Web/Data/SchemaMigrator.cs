using System.Data.Common;
using System.Reflection;
using Kinerja.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Data;

/// <summary>
/// Brings the database to the newest schema by running the provider's numbered SQL scripts
/// (Data/Migrations/{Sqlite,Postgres}/NNNN_name.sql) that it has not run yet, each in its own
/// transaction, and records them in kinerja_schema_version. We use scripts rather than EF
/// migrations because EF's migration tooling (the Design package) is not available to us; a test
/// proves the scripts produce exactly the schema of the EF model on both providers.
/// </summary>
public class SchemaMigrator(AppDbContext db, DatabaseInfo info, ILogger<SchemaMigrator> log)
{
    public const string VersionTable = "kinerja_schema_version";

    public record Script(int Version, string Name, string Sql);

    public static IReadOnlyList<Script> Scripts(DatabaseProvider provider)
    {
        var asm = typeof(SchemaMigrator).Assembly;
        var prefix = $"migrations/{provider}/";
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                using var reader = new StreamReader(asm.GetManifestResourceStream(n)!);
                return new Script(int.Parse(file[..4]), file[5..], reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }

    public static int LatestVersion(DatabaseProvider provider) => Scripts(provider).Max(s => s.Version);

    /// <summary>Applies every pending script, or those up to <paramref name="upTo"/>.</summary>
    public async Task<int> MigrateAsync(int? upTo = null, CancellationToken ct = default)
    {
        if (info.Provider == DatabaseProvider.Sqlite) await EnableWalAsync(ct);
        var conn = db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await ExecAsync(conn, null, info.Provider == DatabaseProvider.Postgres
                ? $"CREATE TABLE IF NOT EXISTS {VersionTable} (version integer PRIMARY KEY, name text NOT NULL, applied_utc timestamp with time zone NOT NULL)"
                : $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)", ct);

            var applied = 0;
            foreach (var script in Scripts(info.Provider).Where(s => upTo is null || s.Version <= upTo))
            {
                await using var tx = await conn.BeginTransactionAsync(ct);
                // Two app instances starting together must not both run a script.
                if (info.Provider == DatabaseProvider.Postgres) await ExecAsync(conn, tx, "SELECT pg_advisory_xact_lock(5080)", ct);
                if (await ScalarAsync(conn, tx, $"SELECT COUNT(*) FROM {VersionTable} WHERE version = {script.Version}", ct) > 0)
                    continue;
                log.LogInformation("Menerapkan skema {Version} {Name}", script.Version, script.Name);
                await ExecAsync(conn, tx, script.Sql, ct);
                await using (var cmd = conn.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = $"INSERT INTO {VersionTable} (version, name, applied_utc) VALUES (@v, @n, @t)";
                    AddParam(cmd, "@v", script.Version);
                    AddParam(cmd, "@n", script.Name);
                    AddParam(cmd, "@t", DateTime.UtcNow);
                    await cmd.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                applied++;
            }
            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<int> CurrentVersionAsync(CancellationToken ct = default)
    {
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try { return (int)await ScalarAsync(conn, null, $"SELECT COALESCE(MAX(version), 0) FROM {VersionTable}", ct); }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private async Task EnableWalAsync(CancellationToken ct)
    {
        // WAL lets readers go on while one writer saves; the setting is stored in the file.
        await using var conn = new SqliteConnection(info.ConnectionString);
        await conn.OpenAsync(ct);
        await ExecAsync(conn, null, "PRAGMA journal_mode = WAL;", ct);
    }

    private static async Task ExecAsync(DbConnection conn, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(DbConnection conn, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
    }

    private static void AddParam(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
