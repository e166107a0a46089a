using KixWorks.Data.Sqlite;
using KixWorks.Data.Postgres;
using KixWorks.Data.SqlServer;
using Microsoft.Data.SqlClient;
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

    [Fact]
    public void SqlServer_migrations_cover_the_model()
    {
        using var db = new SqlServerKixWorksDbContext(
            new DbContextOptionsBuilder<SqlServerKixWorksDbContext>().UseSqlServer("Server=unused;Database=unused").Options, new TenantContext());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration: run scripts/add-migration.sh.");
    }

    [Fact]
    public void SqlServer_without_a_reachable_server_fails_at_start_up_naming_the_connection()
    {
        // Port 1 on loopback refuses at once: SqlClient reports it when the start-up migration first connects.
        using var factory = KixWorksFactory.Custom(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = "Server=tcp:127.0.0.1,1;Database=kixworks_unreachable;Connect Timeout=3;ConnectRetryCount=0;Encrypt=false",
        });
        var error = Record.Exception(() => factory.Services);
        Assert.NotNull(error);
        var sql = Assert.IsType<SqlException>(Flatten(error).FirstOrDefault(e => e is SqlException), exactMatch: false);
        Assert.Contains("SQL Server", sql.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Flatten(error), e => e.Message.Contains("ConnectionStrings:", StringComparison.Ordinal));
    }

    [Fact]
    public void SqlServer_without_a_connection_string_is_a_configuration_error()
    {
        using var factory = KixWorksFactory.Custom(settings: new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" });
        var error = Record.Exception(() => factory.Services);
        Assert.NotNull(error);
        Assert.Contains(Flatten(error), e => e is InvalidOperationException && e.Message.Contains("ConnectionStrings:SqlServer", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Flatten(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
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
