using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Data;

public static class DatabaseSetup
{
    /// <summary>The provider is chosen here and nowhere else (configuration Database:Provider).</summary>
    public static IServiceCollection AddKixWorksDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());

        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);

        if (options.IsPostgres)
        {
            var connectionString = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres, but ConnectionStrings:Postgres (or the environment variable ConnectionStrings__Postgres) is not set.");
            // No pooling of contexts: the tenant filter reads per-instance state.
            services.AddDbContext<KixWorksDbContext, PostgresKixWorksDbContext>(o => o.UseNpgsql(connectionString));
        }
        else if (string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(options, environment.ContentRootPath);
            services.AddDbContext<KixWorksDbContext, SqliteKixWorksDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmaInterceptor(options.SqliteBusyTimeoutMs)));
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or Postgres.");
        }

        services.AddHealthChecks().AddDbContextCheck<KixWorksDbContext>("database");
        return services;
    }

    public static string SqliteConnectionString(DatabaseOptions options, string contentRoot)
    {
        var path = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }
}
