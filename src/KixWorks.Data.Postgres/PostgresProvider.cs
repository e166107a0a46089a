using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using KixWorks.Data.Tenancy;

namespace KixWorks.Data.Postgres;

public static class PostgresProvider
{
    /// <summary>Registers the PostgreSQL context as <see cref="KixWorksDbContext"/>.</summary>
    public static IServiceCollection AddKixWorksPostgres(this IServiceCollection services, string connectionString) =>
        services.AddDbContext<KixWorksDbContext, PostgresKixWorksDbContext>(o => o.UseNpgsql(connectionString));
}

/// <summary>Used by dotnet-ef only (scripts/add-migration.sh): builds the context without the web host.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKixWorksDbContext>
{
    public PostgresKixWorksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKixWorksDbContext>().UseNpgsql("Host=localhost;Database=kixworks_design").Options, new TenantContext());
}
