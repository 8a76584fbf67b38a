using Kinerja.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Data;

/// <summary>
/// Fails when an entity or configuration changes without `dotnet-ef migrations add` for that provider (recipe in
/// docs/decisions.md, "Schema migrations"). Outside the "web" collection on purpose: with a change pending, the
/// shared apps of that collection cannot start (EF refuses to migrate), and this test names the cause.
/// </summary>
public class MigrationsCompleteTests
{
    [Theory, BothDatabases]
    public async Task EfModel_HasNoChangesThatLackAMigration(DatabaseProvider provider)
    {
        await using var db = DatabaseSetup.CreateContext(provider,
            provider == DatabaseProvider.Postgres ? "Host=localhost;Database=unused" : "Data Source=:memory:");
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the model differs from the {provider} migrations' snapshot: add a migration for {provider}");
    }
}
