using KixWorks.Data;
using KixWorks.Data.Postgres;
using KixWorks.Data.Sqlite;
using KixWorks.Data.SqlServer;
using KixWorks.Data.Tenancy;

namespace KixWorks.Web.Infrastructure.Database;

public static class DatabaseSetup
{
    /// <summary>The provider is chosen here and nowhere else (configuration Database:Provider).</summary>
    public static IServiceCollection AddKixWorksDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());

        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);

        // No pooling of contexts: the tenant filter reads per-instance state.
        switch (options.Kind)
        {
            case DatabaseKind.Postgres:
                services.AddKixWorksPostgres(RequiredConnectionString(configuration, "Postgres"));
                break;
            case DatabaseKind.SqlServer:
                services.AddKixWorksSqlServer(RequiredConnectionString(configuration, "SqlServer"));
                break;
            default:
                services.AddKixWorksSqlite(SqliteConnectionString(options, environment.ContentRootPath), options.SqliteBusyTimeoutMs);
                break;
        }

        services.AddHealthChecks().AddDbContextCheck<KixWorksDbContext>("database");
        return services;
    }

    public static string SqliteConnectionString(DatabaseOptions options, string contentRoot) =>
        SqliteProvider.ConnectionString(Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath));

    private static string RequiredConnectionString(IConfiguration configuration, string name)
    {
        var connectionString = configuration.GetConnectionString(name);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"Database:Provider is {name}, but ConnectionStrings:{name} (or the environment variable ConnectionStrings__{name}) is not set.");
        return connectionString;
    }
}
