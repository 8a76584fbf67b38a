using Kinerja.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kinerja.Web.Data;

/// <summary>
/// Brings the database to the newest schema with the provider's EF Core migrations
/// (Data/Migrations/Sqlite or Data/Migrations/Postgres). A database made before the switch to EF
/// migrations (the numbered SQL scripts, recorded in kinerja_schema_version up to version 13) already has
/// exactly the baseline's schema: it is stamped — the baseline is recorded as applied without running it —
/// and only the later migrations run on it.
/// </summary>
public class DatabaseMigrator(AppDbContext db, DatabaseInfo info, ILogger<DatabaseMigrator> log)
{
    public const string LegacyVersionTable = "kinerja_schema_version";
    /// <summary>The last script of the old migrator; the baseline migration has exactly its schema.</summary>
    public const int LegacyLastVersion = 13;
    public const string BaselineName = "Baseline";

    /// <summary>Applies every pending migration; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        if (info.Provider == DatabaseProvider.Sqlite) await EnableWalAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Two app instances starting together must not both stamp or migrate.
            if (info.Provider == DatabaseProvider.Postgres)
                // Any key both instances agree on; the old script migrator used the same one.
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(5080)", ct);
            try
            {
                await StampLegacyDatabaseAsync(ct);
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                foreach (var id in pending) log.LogInformation("Menerapkan migrasi skema {Migration}", id);
                await db.Database.MigrateAsync(ct);
                return pending;
            }
            finally
            {
                if (info.Provider == DatabaseProvider.Postgres)
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(5080)", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The id of this provider's baseline migration (the first one).</summary>
    public string BaselineId() =>
        db.GetService<IMigrationsAssembly>().Migrations.Keys.Single(id => id.EndsWith("_" + BaselineName, StringComparison.Ordinal));

    private async Task StampLegacyDatabaseAsync(CancellationToken ct)
    {
        if (!await LegacyTableExistsAsync(ct)) return;
        // SQLite: BEGIN IMMEDIATE, so a second writer waits; PostgreSQL: the advisory lock is held already.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await LegacyTableExistsAsync(ct)) return;
        var version = await ScalarAsync($"SELECT COALESCE(MAX(version), 0) FROM {LegacyVersionTable}", ct);
        if (version != LegacyLastVersion)
            throw new InvalidOperationException(
                $"Basis data ini berada pada skema skrip versi {version}, bukan {LegacyLastVersion}. Jalankan dulu Kinerja versi terakhir " +
                $"sebelum migrasi EF Core (commit 1d54ce8) sekali pada basis data ini, lalu versi ini. / This database is at schema script " +
                $"version {version}, not {LegacyLastVersion}. Start the last Kinerja release before EF Core migrations (commit 1d54ce8) " +
                "on it once, then this one.");

        var history = db.GetService<IHistoryRepository>();
        var baseline = BaselineId();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), ct);
        // Gone, so that an older release started on this database by mistake fails at once instead of
        // running on a schema it does not know.
        await db.Database.ExecuteSqlRawAsync("DROP TABLE " + LegacyVersionTable, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Basis data skrip versi {Version} dikenali: migrasi {Baseline} dicatat tanpa dijalankan", version, baseline);
    }

    private async Task<bool> LegacyTableExistsAsync(CancellationToken ct) => await ScalarAsync(info.Provider == DatabaseProvider.Postgres
        ? $"SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{LegacyVersionTable}'"
        : $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{LegacyVersionTable}'", ct) > 0;

    private async Task<long> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
    }

    private async Task EnableWalAsync(CancellationToken ct)
    {
        // WAL lets readers go on while one writer saves; the setting is stored in the file.
        Directory.CreateDirectory(info.DataPath);
        await using var conn = new SqliteConnection(info.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode = WAL;";
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
