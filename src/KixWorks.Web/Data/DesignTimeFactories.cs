using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KixWorks.Web.Data;

/// <summary>Used by dotnet-ef only (scripts/add-migration.sh): builds each provider's context without the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKixWorksDbContext>
{
    public SqliteKixWorksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKixWorksDbContext>().UseSqlite("Data Source=design-time.db").Options, new TenantContext());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKixWorksDbContext>
{
    public PostgresKixWorksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKixWorksDbContext>().UseNpgsql("Host=localhost;Database=kixworks_design").Options, new TenantContext());
}
