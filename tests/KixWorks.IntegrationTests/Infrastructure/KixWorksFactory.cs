using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace KixWorks.IntegrationTests.Infrastructure;

/// <summary>The real app on a real database of its own: a fresh SQLite file, a fresh PostgreSQL database, or (opt-in,
/// KIXWORKS_TEST_SQLSERVER) a fresh SQL Server database.</summary>
public class KixWorksFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly string? _postgresDatabase;
    private readonly string? _sqlServerDatabase;
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;

    public KixWorksFactory() : this(DatabaseProvider.Sqlite) { }

    /// <summary>A factory with its own environment or settings; the caller disposes it.</summary>
    /// <param name="dataFolder">The folder for the SQLite file (<c>kixworks.db</c>) and the keys, instead of a fresh one;
    /// a SQLite file already in it is used as it is. Deleted when the factory is disposed, like a fresh one.</param>
    /// <param name="postgresDatabase">For <see cref="DatabaseProvider.Postgres"/>: an existing database the caller made
    /// (restored from a dump, say) instead of a fresh one. Dropped when the factory is disposed, like a fresh one.</param>
    public static KixWorksFactory Custom(DatabaseProvider provider = DatabaseProvider.Sqlite, string environment = "Testing", IDictionary<string, string?>? settings = null, string? dataFolder = null, string? postgresDatabase = null) =>
        new CustomFactory(provider, environment, settings, dataFolder, postgresDatabase);

    private sealed class CustomFactory(DatabaseProvider provider, string environment, IDictionary<string, string?>? settings, string? dataFolder, string? postgresDatabase)
        : KixWorksFactory(provider, environment, settings, dataFolder, postgresDatabase);

    protected KixWorksFactory(DatabaseProvider provider, string environment = "Testing", IDictionary<string, string?>? settings = null, string? dataFolder = null, string? postgresDatabase = null)
    {
        if (postgresDatabase is not null && provider != DatabaseProvider.Postgres)
            throw new ArgumentException("A PostgreSQL database is for the Postgres provider only.", nameof(postgresDatabase));
        Provider = provider;
        _environment = environment;
        _folder = dataFolder ?? Path.Combine(Path.GetTempPath(), "kixworks-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:SqlitePath"] = Path.Combine(_folder, "kixworks.db"),
            ["Database:SeedDemoData"] = "false",
            ["Security:KeysPath"] = Path.Combine(_folder, "keys"),
        };
        if (provider == DatabaseProvider.Postgres)
        {
            _postgresDatabase = postgresDatabase ?? PostgresServer.NewDatabaseName();
            _settings["ConnectionStrings:Postgres"] = PostgresServer.ForDatabase(_postgresDatabase);
        }
        if (provider == DatabaseProvider.SqlServer)
        {
            // Created by the app's own migration at start-up, like the PostgreSQL one.
            _sqlServerDatabase = SqlServerTestServer.NewDatabaseName();
            _settings["ConnectionStrings:SqlServer"] = SqlServerTestServer.ForDatabase(_sqlServerDatabase);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The app's clock. Starts at a fixed instant; tests advance it.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        if (_postgresDatabase is not null && PostgresServer.IsReachable) PostgresServer.DropDatabase(_postgresDatabase);
        if (_sqlServerDatabase is not null) SqlServerTestServer.DropDatabase(_sqlServerDatabase);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled handle; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>The same app on PostgreSQL, for test classes that run on both providers.</summary>
public sealed class PostgresKixWorksFactory() : KixWorksFactory(DatabaseProvider.Postgres);

/// <summary>The same app on SQL Server; used only by the opt-in tests in SqlServer/ (KIXWORKS_TEST_SQLSERVER).</summary>
public sealed class SqlServerKixWorksFactory() : KixWorksFactory(DatabaseProvider.SqlServer);
