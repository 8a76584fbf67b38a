using Kinerja.Web.Infrastructure;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>
/// One seeded application per database provider, shared by the tests of the "web" collection: an
/// SQLite file in a temp folder and a database on a throwaway PostgreSQL cluster. Tests create
/// their own rows with unique codes, so they do not depend on each other.
/// </summary>
public sealed class TestApps : IAsyncLifetime
{
    private readonly List<string> _folders = [];
    private KinerjaApp? _sqlite, _postgres;

    public PostgresServer Postgres { get; private set; } = null!;

    public KinerjaApp this[DatabaseProvider provider] => provider == DatabaseProvider.Postgres ? _postgres! : _sqlite!;

    public async Task InitializeAsync()
    {
        Postgres = await PostgresServer.StartAsync();
        _sqlite = NewApp(DatabaseProvider.Sqlite, null);
        _postgres = NewApp(DatabaseProvider.Postgres, await Postgres.CreateDatabaseAsync("kinerja"));
        _ = _sqlite.Server;
        _ = _postgres.Server;
    }

    /// <summary>A separate application (own data folder) for tests that need a pristine or restarted one.</summary>
    public KinerjaApp NewApp(DatabaseProvider provider, string? connectionString, string? dataPath = null, bool seedDemo = true, TimeProvider? time = null)
    {
        dataPath ??= TempFolder();
        return new KinerjaApp(provider, connectionString, dataPath, seedDemo, time);
    }

    public string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "kinerja-test-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(path);
        _folders.Add(path);
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_sqlite is not null) await _sqlite.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        await Postgres.DisposeAsync();
        foreach (var f in _folders)
            try { Directory.Delete(f, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<TestApps>;

/// <summary>Runs a theory once on SQLite and once on PostgreSQL.</summary>
public sealed class BothDatabasesAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) =>
        [[DatabaseProvider.Sqlite], [DatabaseProvider.Postgres]];
}
