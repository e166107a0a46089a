using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using KixWorks.Data.Tenancy;

namespace KixWorks.Data.Sqlite;

public static class SqliteProvider
{
    /// <summary>Registers the SQLite context as <see cref="KixWorksDbContext"/>: a file database with a busy timeout on every connection.</summary>
    public static IServiceCollection AddKixWorksSqlite(this IServiceCollection services, string connectionString, int busyTimeoutMs) =>
        services.AddDbContext<KixWorksDbContext, SqliteKixWorksDbContext>(o => o
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(busyTimeoutMs))
            // SQLite cannot alter a table's keys, so EF rebuilds such tables between "PRAGMA foreign_keys = 0/1",
            // which SQLite ignores inside a transaction. EF warns about that at every migration that rebuilds a
            // table — on a fresh database too, where it only alarms a newcomer. The rebuild copies every row
            // (LegacyDatabaseUpgradeTests prove nothing is lost); the remaining risk, a crash halfway through a
            // rebuild, is the one any SQLite schema change has: back up the file before upgrading.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));

    public static string ConnectionString(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }
}

/// <summary>Used by dotnet-ef only (scripts/add-migration.sh): builds the context without the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKixWorksDbContext>
{
    public SqliteKixWorksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKixWorksDbContext>().UseSqlite("Data Source=design-time.db").Options, new TenantContext());
}
