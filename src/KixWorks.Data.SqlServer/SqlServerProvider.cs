using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using KixWorks.Data.Tenancy;

namespace KixWorks.Data.SqlServer;

public static class SqlServerProvider
{
    /// <summary>Registers the SQL Server context as <see cref="KixWorksDbContext"/>. Nothing connects here: an unreachable
    /// server is reported by SqlClient when start-up first opens a connection (migrations).</summary>
    public static IServiceCollection AddKixWorksSqlServer(this IServiceCollection services, string connectionString) =>
        services.AddDbContext<KixWorksDbContext, SqlServerKixWorksDbContext>(o => o.UseSqlServer(connectionString));
}

/// <summary>Used by dotnet-ef only (scripts/add-migration.sh): builds the context without the web host. Adding a migration
/// needs no server; `dotnet ef migrations remove` does connect on SQL Server, so delete a migration's files by hand.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerKixWorksDbContext>
{
    public SqlServerKixWorksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerKixWorksDbContext>().UseSqlServer("Server=localhost;Database=kixworks_design;Integrated Security=true;TrustServerCertificate=true").Options, new TenantContext());
}
