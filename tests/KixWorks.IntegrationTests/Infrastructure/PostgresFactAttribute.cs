namespace KixWorks.IntegrationTests.Infrastructure;

/// <summary>A test that needs the PostgreSQL server: skipped on a laptop without one, never skipped under CI=true.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.MustRun && !PostgresServer.IsReachable)
            Skip = "PostgreSQL is not reachable (set KIXWORKS_TEST_POSTGRES, or run .ci/run).";
    }
}
