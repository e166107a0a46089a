namespace KixWorks.IntegrationTests.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    /// <summary>Only with KIXWORKS_TEST_SQLSERVER set (the SqlServer/ tests; ADR 0010).</summary>
    SqlServer,
}
