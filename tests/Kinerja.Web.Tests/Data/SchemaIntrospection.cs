using System.Data.Common;
using Kinerja.Web.Data;

namespace Kinerja.Web.Tests.Data;

/// <summary>
/// Describes a database's schema as sorted lines (tables, columns with type and nullability,
/// indexes, foreign keys) so that two databases can be compared for equality, and reads every row
/// of every table so that a database can be compared before and after an upgrade.
/// </summary>
public static class SchemaIntrospection
{
    /// <summary>Bookkeeping of the migrators (EF's history and lock, the old scripts' version table), not the model's.</summary>
    private const string NotBookkeeping =
        $"NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock', '{DatabaseMigrator.LegacyVersionTable}')";

    public static async Task<List<string>> DescribeAsync(DbConnection conn, DatabaseProvider provider)
    {
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync();
        var lines = provider == DatabaseProvider.Sqlite ? await SqliteAsync(conn) : await PostgresAsync(conn);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> SqliteAsync(DbConnection conn)
    {
        var lines = new List<string>();
        var tables = await RowsAsync(conn, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name {NotBookkeeping}");
        foreach (var t in tables.Select(r => r[0]))
        {
            foreach (var c in await RowsAsync(conn, $"PRAGMA table_info(\"{t}\")"))
                lines.Add($"column {t}.{c[1]} {c[2]} notnull={c[3]} pk={c[5]}");
            foreach (var i in await RowsAsync(conn, $"PRAGMA index_list(\"{t}\")"))
            {
                if (i[1].StartsWith("sqlite_autoindex", StringComparison.Ordinal)) continue;
                var cols = (await RowsAsync(conn, $"PRAGMA index_info(\"{i[1]}\")")).Select(r => r[2]);
                lines.Add($"index {t}.{i[1]} unique={i[2]} ({string.Join(",", cols)})");
            }
            foreach (var f in await RowsAsync(conn, $"PRAGMA foreign_key_list(\"{t}\")"))
                lines.Add($"fk {t}.{f[3]} -> {f[2]}.{f[4]} on delete {f[6]}");
        }
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection conn)
    {
        var lines = new List<string>();
        foreach (var c in await RowsAsync(conn, $"""
            SELECT table_name, column_name, data_type, COALESCE(character_maximum_length::text, ''), is_nullable, is_identity
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name {NotBookkeeping}
            """))
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} identity={c[5]}");
        foreach (var i in await RowsAsync(conn, $"SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename {NotBookkeeping}"))
            lines.Add($"index {i[0]} {i[1]}");
        foreach (var k in await RowsAsync(conn, $"""
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND (SELECT relname FROM pg_class WHERE oid = conrelid) {NotBookkeeping}
            """))
            lines.Add($"constraint {k[0]}.{k[1]} {k[2]}");
        return lines;
    }

    /// <summary>Every row of every table (the migrators' bookkeeping included), as column → value text.</summary>
    public static async Task<Dictionary<string, List<Dictionary<string, string>>>> TablesAsync(DbConnection conn, DatabaseProvider provider)
    {
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync();
        var names = await RowsAsync(conn, provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
        var tables = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var name in names.Select(r => r[0]))
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{name}\"";
            await using var reader = await cmd.ExecuteReaderAsync();
            var rows = new List<Dictionary<string, string>>();
            while (await reader.ReadAsync())
                rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => Text(reader, i)));
            tables[name] = rows;
        }
        return tables;
    }

    private static string Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? "<null>" : reader.GetValue(i) switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static async Task<List<string[]>> RowsAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        return rows;
    }
}
