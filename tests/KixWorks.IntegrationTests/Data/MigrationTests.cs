using KixWorks.Data.Sqlite;
using KixWorks.Data.Postgres;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Data;

/// <summary>A model change without a migration fails here, for each provider; and the migrations apply to a real server.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var db = new SqliteKixWorksDbContext(
            new DbContextOptionsBuilder<SqliteKixWorksDbContext>().UseSqlite("Data Source=:memory:").Options, new TenantContext());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run scripts/add-migration.sh.");
    }

    [Fact]
    public void Postgres_migrations_cover_the_model()
    {
        using var db = new PostgresKixWorksDbContext(
            new DbContextOptionsBuilder<PostgresKixWorksDbContext>().UseNpgsql("Host=localhost;Database=unused").Options, new TenantContext());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run scripts/add-migration.sh.");
    }

    [PostgresFact]
    public async Task Postgres_database_is_migrated_at_start_up()
    {
        using var factory = KixWorksFactory.Custom(DatabaseProvider.Postgres);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Sqlite_database_runs_in_wal_mode_with_migrations_applied()
    {
        using var factory = KixWorksFactory.Custom();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(5000L, (long)(await command.ExecuteScalarAsync())!);
    }
}
