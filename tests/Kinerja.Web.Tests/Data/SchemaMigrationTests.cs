using System.Text.Json;
using Kinerja.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kinerja.Web.Tests.Data;

/// <summary>
/// Each provider's EF Core migrations must build exactly the schema the EF model expects; a database made by
/// the last release of the numbered SQL scripts must be stamped (not re-created) and then migrated through
/// every later migration without losing a row; and no model change may go without a migration (MigrationsCompleteTests).
/// </summary>
[Collection("web")]
public class SchemaMigrationTests(TestApps apps)
{
    /// <summary>
    /// Tables a later migration renamed (old name → new name), and legacy columns it dropped on purpose
    /// ("Table.Column"). Empty until a migration does either; the upgrade test refuses any other loss.
    /// </summary>
    private static readonly Dictionary<string, string> RenamedTables = [];
    private static readonly HashSet<string> DroppedColumns = [];

    private async Task<string> NewDatabaseAsync(DatabaseProvider provider, string name) => provider == DatabaseProvider.Postgres
        ? await apps.Postgres.CreateDatabaseAsync(name)
        : $"Data Source={Path.Combine(apps.TempFolder(), name + ".db")};Pooling=false";

    private static DatabaseMigrator Migrator(AppDbContext db, DatabaseProvider provider, string cs) =>
        new(db, new DatabaseInfo(provider, cs, Path.GetTempPath()), NullLogger<DatabaseMigrator>.Instance);

    private async Task<List<string>> ModelSchemaAsync(DatabaseProvider provider)
    {
        await using var model = DatabaseSetup.CreateContext(provider, await NewDatabaseAsync(provider, "model"));
        await model.Database.EnsureCreatedAsync();
        return await SchemaIntrospection.DescribeAsync(model.Database.GetDbConnection(), provider);
    }

    private static async Task ShouldHaveTheModelsSchemaAsync(AppDbContext db, DatabaseProvider provider, List<string> expected)
    {
        var actual = await SchemaIntrospection.DescribeAsync(db.Database.GetDbConnection(), provider);
        expected.Count.ShouldBeGreaterThan(50);
        actual.Except(expected).ShouldBeEmpty("the migrated database has what the model does not");
        expected.Except(actual).ShouldBeEmpty("the model has what the migrated database does not");
    }

    [Theory, BothDatabases]
    public async Task FreshDatabase_GetsEveryMigration_AndExactlyTheSchemaOfTheEfModel(DatabaseProvider provider)
    {
        var cs = await NewDatabaseAsync(provider, "fresh");
        await using var db = DatabaseSetup.CreateContext(provider, cs);

        var applied = await Migrator(db, provider, cs).MigrateAsync();

        applied.ShouldBe(db.Database.GetMigrations().ToList());
        applied[0].ShouldBe(Migrator(db, provider, cs).BaselineId());
        await ShouldHaveTheModelsSchemaAsync(db, provider, await ModelSchemaAsync(provider));
    }

    [Theory, BothDatabases]
    public async Task DatabaseOfTheLastScriptRelease_IsStampedNotRecreated_ThenMigratedThroughEveryLaterMigration_KeepingEveryRow(
        DatabaseProvider provider)
    {
        var cs = await NewDatabaseAsync(provider, "legacy");
        await LegacyDatabase.LoadAsync(provider, cs);
        await using var db = DatabaseSetup.CreateContext(provider, cs);
        var before = await SchemaIntrospection.TablesAsync(db.Database.GetDbConnection(), provider);
        before[DatabaseMigrator.LegacyVersionTable].Max(r => int.Parse(r["version"])).ShouldBe(DatabaseMigrator.LegacyLastVersion);
        before.Sum(t => t.Value.Count).ShouldBeGreaterThan(1500, "the dump holds the demo seed and a session of use");

        var migrator = Migrator(db, provider, cs);
        var applied = await migrator.MigrateAsync();

        var all = db.Database.GetMigrations().ToList();
        all[0].ShouldBe(migrator.BaselineId());
        applied.ShouldBe(all.Skip(1).ToList(), "the baseline is only recorded; every later migration runs");
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(all);
        var after = await SchemaIntrospection.TablesAsync(db.Database.GetDbConnection(), provider);
        after.ShouldNotContainKey(DatabaseMigrator.LegacyVersionTable);
        foreach (var (table, rows) in before.Where(t => t.Key != DatabaseMigrator.LegacyVersionTable))
            ShouldKeepEveryRow(table, rows, after);
        await ShouldHaveTheModelsSchemaAsync(db, provider, await ModelSchemaAsync(provider));
    }

    private static void ShouldKeepEveryRow(string table, List<Dictionary<string, string>> rows, Dictionary<string, List<Dictionary<string, string>>> after)
    {
        var now = RenamedTables.GetValueOrDefault(table, table);
        after.ShouldContainKey(now, $"table {table} is gone; if a migration renamed it, add it to {nameof(RenamedTables)}");
        after[now].Count.ShouldBe(rows.Count, $"{table} lost or gained rows");
        if (rows.Count == 0) return;
        var columns = rows[0].Keys.Where(c => !DroppedColumns.Contains($"{table}.{c}")).ToList();
        columns.Except(after[now][0].Keys).ShouldBeEmpty($"columns of {table} are gone; list deliberate drops in {nameof(DroppedColumns)}");
        static string Row(Dictionary<string, string> r, List<string> cols) => string.Join('\u001f', cols.Select(c => r[c]));
        after[now].Select(r => Row(r, columns)).Order(StringComparer.Ordinal)
            .ShouldBe(rows.Select(r => Row(r, columns)).Order(StringComparer.Ordinal), $"rows of {table} changed");
    }

    [Theory, BothDatabases]
    public async Task UpgradedDatabaseOfTheLastScriptRelease_ServesItsUsers_AndIsNotSeededAgain(DatabaseProvider provider)
    {
        var cs = await NewDatabaseAsync(provider, "legacy_app");
        await LegacyDatabase.LoadAsync(provider, cs);

        await using var app = apps.NewApp(provider, cs);
        // Accounts of the old installation sign in with their old passwords: the demo's and one made in use.
        var units = await (await app.ApiAsync("adminopd.bpbd")).GetFromJsonAsync<JsonElement>("/api/v1/units");
        units.EnumerateArray().Count(u => u.GetProperty("kode").GetString() == "SEKSI-LAMA").ShouldBe(1);
        var me = await (await app.ApiAsync("pelaksana.lama")).GetFromJsonAsync<JsonElement>("/api/v1/me");
        me.GetRawText().ShouldContain("Pelaksana Lama");
        (await app.DbAsync(d => d.Pemda.CountAsync())).ShouldBe(2);
        (await app.DbAsync(d => d.Users.CountAsync(u => u.UserName == "kasubag.bpbd"))).ShouldBe(1);
    }

    [Theory, BothDatabases]
    public async Task DatabaseOfAnOlderScriptVersion_IsRefusedWithAMessage_AndLeftAsItWas(DatabaseProvider provider)
    {
        var cs = await NewDatabaseAsync(provider, "older");
        await LegacyDatabase.LoadAsync(provider, cs);
        await using var db = DatabaseSetup.CreateContext(provider, cs);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM kinerja_schema_version WHERE version = 13");
        var before = await SchemaIntrospection.TablesAsync(db.Database.GetDbConnection(), provider);

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => Migrator(db, provider, cs).MigrateAsync());

        refused.Message.ShouldContain("skema skrip versi 10, bukan 13");
        refused.Message.ShouldContain("schema script version 10, not 13");
        var after = await SchemaIntrospection.TablesAsync(db.Database.GetDbConnection(), provider);
        after.Keys.Order().ShouldBe(before.Keys.Order());
        after[DatabaseMigrator.LegacyVersionTable].Count.ShouldBe(before[DatabaseMigrator.LegacyVersionTable].Count);
    }

    [Theory, BothDatabases]
    public async Task RunningTheMigratorAgain_ChangesNothing(DatabaseProvider provider)
    {
        var cs = await NewDatabaseAsync(provider, "again");
        await using var db = DatabaseSetup.CreateContext(provider, cs);
        await Migrator(db, provider, cs).MigrateAsync();
        (await Migrator(db, provider, cs).MigrateAsync()).ShouldBeEmpty();
    }

    [Theory, BothDatabases]
    public async Task TwoInstancesStartingTogether_ApplyEachMigrationOnce(DatabaseProvider provider)
    {
        var cs = await NewDatabaseAsync(provider, "together");
        await using var first = DatabaseSetup.CreateContext(provider, cs);
        await using var second = DatabaseSetup.CreateContext(provider, cs);

        var results = await Task.WhenAll(Migrator(first, provider, cs).MigrateAsync(), Migrator(second, provider, cs).MigrateAsync());

        results.SelectMany(r => r).Order().ShouldBe(first.Database.GetMigrations().Order());
        (await first.Database.GetAppliedMigrationsAsync()).ShouldBe(first.Database.GetMigrations());
    }

    [Fact]
    public async Task SqliteDatabase_RunsInWalMode()
    {
        var cs = await NewDatabaseAsync(DatabaseProvider.Sqlite, "wal");
        await using (var db = DatabaseSetup.CreateContext(DatabaseProvider.Sqlite, cs))
            await Migrator(db, DatabaseProvider.Sqlite, cs).MigrateAsync();
        await using var conn = new SqliteConnection(cs);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        ((string)(await cmd.ExecuteScalarAsync())!).ShouldBe("wal");
    }
}
