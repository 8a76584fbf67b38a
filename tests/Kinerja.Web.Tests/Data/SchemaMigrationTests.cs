using Kinerja.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kinerja.Web.Tests.Data;

/// <summary>
/// The hand-written SQL scripts must build exactly the schema the EF model expects, on both
/// providers, and an existing database must upgrade without losing rows.
/// </summary>
[Collection("web")]
public class SchemaMigrationTests(TestApps apps)
{
    private async Task<string> NewDatabaseAsync(DatabaseProvider provider, string name) => provider == DatabaseProvider.Postgres
        ? await apps.Postgres.CreateDatabaseAsync(name)
        : $"Data Source={Path.Combine(apps.TempFolder(), name + ".db")};Pooling=false";

    private static AppDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new AppDbContext(options.Options);
    }

    private static SchemaMigrator Migrator(AppDbContext db, DatabaseProvider provider, string cs) =>
        new(db, new DatabaseInfo(provider, cs, Path.GetTempPath()), NullLogger<SchemaMigrator>.Instance);

    [Theory, BothDatabases]
    public async Task MigratedSchema_IsExactlyTheSchemaOfTheEfModel(DatabaseProvider provider)
    {
        var migratedCs = await NewDatabaseAsync(provider, "migrated");
        var modelCs = await NewDatabaseAsync(provider, "model");
        await using var migrated = Context(provider, migratedCs);
        await using var model = Context(provider, modelCs);

        (await Migrator(migrated, provider, migratedCs).MigrateAsync()).ShouldBe(SchemaMigrator.Scripts(provider).Count);
        await model.Database.EnsureCreatedAsync();

        var expected = await SchemaIntrospection.DescribeAsync(model.Database.GetDbConnection(), provider);
        var actual = await SchemaIntrospection.DescribeAsync(migrated.Database.GetDbConnection(), provider);
        expected.Count.ShouldBeGreaterThan(50);
        actual.Except(expected).ShouldBeEmpty("the scripts create what the model does not have");
        expected.Except(actual).ShouldBeEmpty("the model has what the scripts do not create");
    }

    [Theory, BothDatabases]
    public async Task UpgradeFromSchemaVersion1_KeepsExistingRows_AndAddsTheNewParts(DatabaseProvider provider)
    {
        var cs = await NewDatabaseAsync(provider, "upgrade");
        await using (var db = Context(provider, cs))
        {
            await Migrator(db, provider, cs).MigrateAsync(upTo: 1);
            (await Migrator(db, provider, cs).CurrentVersionAsync()).ShouldBe(1);
            // Rows written by a version-1 installation, in version-1 columns only.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Pemda" ("Kode", "Nama", "IsDemo", "Version") VALUES ('9999', 'Pemerintah Kabupaten Lama', FALSE, 3);
                INSERT INTO "PerangkatDaerah" ("PemdaId", "Kode", "Nama", "ReadsAcrossPemda", "Version")
                    SELECT "Id", 'DINAS-LAMA', 'Dinas Lama', FALSE, 0 FROM "Pemda" WHERE "Kode" = '9999';
                INSERT INTO "AspNetUsers" ("Id", "FullName", "PemdaId", "UserName", "NormalizedUserName", "EmailConfirmed",
                        "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
                    SELECT 'user-lama', 'Pengguna Lama', "Id", 'lama', 'LAMA', FALSE, FALSE, FALSE, TRUE, 0 FROM "Pemda" WHERE "Kode" = '9999';
                """);
        }

        await using (var db = Context(provider, cs))
        {
            (await Migrator(db, provider, cs).MigrateAsync()).ShouldBe(SchemaMigrator.Scripts(provider).Count - 1);
            (await Migrator(db, provider, cs).CurrentVersionAsync()).ShouldBe(SchemaMigrator.LatestVersion(provider));

            var pemda = await db.Pemda.SingleAsync(p => p.Kode == "9999");
            pemda.Nama.ShouldBe("Pemerintah Kabupaten Lama");
            pemda.Version.ShouldBe(3);
            (await db.PerangkatDaerah.SingleAsync(o => o.PemdaId == pemda.Id)).Kode.ShouldBe("DINAS-LAMA");
            var user = await db.Users.SingleAsync(u => u.Id == "user-lama");
            user.FullName.ShouldBe("Pengguna Lama");
            user.PreferredLanguage.ShouldBeNull();

            user.PreferredLanguage = "en";
            await db.SaveChangesAsync();
            (await db.AuditEntries.CountAsync()).ShouldBe(0, "no AuditTrail was given to this context");
        }
    }

    [Theory, BothDatabases]
    public async Task RunningTheMigratorAgain_ChangesNothing(DatabaseProvider provider)
    {
        var cs = await NewDatabaseAsync(provider, "again");
        await using var db = Context(provider, cs);
        await Migrator(db, provider, cs).MigrateAsync();
        (await Migrator(db, provider, cs).MigrateAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task SqliteDatabase_RunsInWalMode()
    {
        var cs = await NewDatabaseAsync(DatabaseProvider.Sqlite, "wal");
        await using (var db = Context(DatabaseProvider.Sqlite, cs))
            await Migrator(db, DatabaseProvider.Sqlite, cs).MigrateAsync();
        await using var conn = new SqliteConnection(cs);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        ((string)(await cmd.ExecuteScalarAsync())!).ShouldBe("wal");
    }
}
