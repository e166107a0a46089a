using Npgsql;

namespace KixWorks.IntegrationTests.Infrastructure;

/// <summary>The real PostgreSQL server the tests use. Each factory gets its own database, dropped afterwards.</summary>
public static class PostgresServer
{
    /// <summary>Override with KIXWORKS_TEST_POSTGRES; .ci/run starts a server with these credentials.</summary>
    public static string BaseConnectionString { get; } =
        Environment.GetEnvironmentVariable("KIXWORKS_TEST_POSTGRES") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";

    private static readonly Lazy<bool> Reachable = new(() =>
    {
        try
        {
            using var connection = new NpgsqlConnection(ForDatabase("postgres") + ";Timeout=3");
            connection.Open();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    });

    public static bool IsReachable => Reachable.Value;

    /// <summary>Under CI=true a PostgreSQL test never skips: an unreachable server fails it.</summary>
    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string ForDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = database }.ConnectionString;

    public static string NewDatabaseName() => "kixworks_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>An empty database; the caller drops it (or hands it to a factory, which does).</summary>
    public static void CreateDatabase(string database)
    {
        using var connection = new NpgsqlConnection(ForDatabase("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{database}\"";
        command.ExecuteNonQuery();
    }

    public static void DropDatabase(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ForDatabase("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
