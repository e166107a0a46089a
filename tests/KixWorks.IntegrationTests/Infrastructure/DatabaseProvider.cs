namespace KixWorks.IntegrationTests.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
