using Microsoft.Data.SqlClient;

namespace KixWorks.IntegrationTests.Infrastructure;

/// <summary>A real SQL Server, only when KIXWORKS_TEST_SQLSERVER holds a connection string without a database (ADR 0010).
/// The tests that need one live in SqlServer/ and are compiled only when the variable is set, so without it nothing is
/// collected (and nothing skipped).</summary>
public static class SqlServerTestServer
{
    public static string? BaseConnectionString { get; } = Environment.GetEnvironmentVariable("KIXWORKS_TEST_SQLSERVER");

    public static string ForDatabase(string database) =>
        new SqlConnectionStringBuilder(BaseConnectionString ?? throw new InvalidOperationException("Set KIXWORKS_TEST_SQLSERVER to run on SQL Server."))
        { InitialCatalog = database }.ConnectionString;

    public static string NewDatabaseName() => "kixworks_test_" + Guid.NewGuid().ToString("N")[..16];

    public static void DropDatabase(string database)
    {
        SqlConnection.ClearAllPools();
        using var connection = new SqlConnection(ForDatabase("master"));
        connection.Open();
        using var command = connection.CreateCommand();
        // The name is ours (NewDatabaseName), never input.
        command.CommandText = $"IF DB_ID(N'{database}') IS NOT NULL BEGIN ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database}]; END";
        command.ExecuteNonQuery();
    }
}
