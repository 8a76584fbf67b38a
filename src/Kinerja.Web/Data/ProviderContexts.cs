using Kinerja.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kinerja.Web.Data;

// EF finds a context's migrations by the context type named in their [DbContext] attribute, so one
// type per provider lets both migration sets (Data/Migrations/Sqlite, Data/Migrations/Postgres) live in
// this assembly. The model is the same: everything is in AppDbContext.

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, AuditTrail? audit = null)
    : AppDbContext(options, audit);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, AuditTrail? audit = null)
    : AppDbContext(options, audit);

/// <summary>
/// Used by <c>dotnet tool run dotnet-ef</c> (see docs/decisions.md, "Schema migrations"). Adding a migration
/// needs no database; the connection strings only name one for commands that do (e.g. <c>migrations remove</c>
/// asks whether the last migration was applied), and the app migrates its own database at start.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        (SqliteAppDbContext)DatabaseSetup.CreateContext(DatabaseProvider.Sqlite, "Data Source=:memory:");
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        (PostgresAppDbContext)DatabaseSetup.CreateContext(DatabaseProvider.Postgres, "Host=localhost;Database=kinerja_design_time");
}
