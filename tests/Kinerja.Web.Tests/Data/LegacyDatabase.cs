using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kinerja.Web.Tests.Data;

/// <summary>
/// Restores a dump of a database made by the last release before EF Core migrations (schema scripts up to
/// version 13, see LegacyDatabase/README.md) into an empty database.
/// </summary>
public static class LegacyDatabase
{
    public static async Task LoadAsync(DatabaseProvider provider, string connectionString)
    {
        var sql = await ReadDumpAsync(provider == DatabaseProvider.Postgres ? "postgres-v13.sql.gz" : "sqlite-v13.sql.gz");
        if (provider == DatabaseProvider.Postgres)
        {
            // psql meta-commands (\restrict) are not SQL; the dump also empties search_path for its session,
            // so it runs on a connection of its own that goes back to no pool.
            sql = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith('\\')));
            var own = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
            await using var conn = new NpgsqlConnection(own.ConnectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }
        else
        {
            await using var conn = new SqliteConnection(connectionString);
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static async Task<string> ReadDumpAsync(string name)
    {
        var asm = typeof(LegacyDatabase).Assembly;
        await using var resource = asm.GetManifestResourceStream("legacy/" + name)
            ?? throw new InvalidOperationException($"embedded dump legacy/{name} is missing");
        await using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return await reader.ReadToEndAsync();
    }
}
