using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using KixWorks.Data.Tenancy;

namespace KixWorks.Data.Sqlite;

public static class SqliteProvider
{
    /// <summary>Registers the SQLite context as <see cref="KixWorksDbContext"/>: a file database with a busy timeout on every connection.</summary>
    public static IServiceCollection AddKixWorksSqlite(this IServiceCollection services, string connectionString, int busyTimeoutMs) =>
        services.AddDbContext<KixWorksDbContext, SqliteKixWorksDbContext>(o => o
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(busyTimeoutMs)));

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
