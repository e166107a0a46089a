using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KixWorks.Data.Sqlite;

/// <summary>Sets SQLite's busy timeout on every connection, so concurrent writers wait instead of failing.</summary>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMs) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs};";
        command.ExecuteNonQuery();
    }
}
