using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Data;

/// <summary>Whether a save was refused by a unique index or key, on every provider; each provider's error code lives
/// here and nowhere else. SQLite and SQL Server give their codes only on their own exception types, so this project
/// references their ADO.NET drivers (Microsoft.Data.Sqlite.Core, Microsoft.Data.SqlClient; no EF provider); PostgreSQL's
/// SqlState is on DbException itself, so Npgsql is not referenced.</summary>
public static class UniqueViolation
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (extended result codes).</summary>
    private const int SqliteUnique = 2067, SqlitePrimaryKey = 1555;

    /// <summary>PostgreSQL unique_violation.</summary>
    private const string PostgresUnique = "23505";

    /// <summary>SQL Server: duplicate key in a unique index, and in a UNIQUE or PRIMARY KEY constraint.</summary>
    private const int SqlServerUniqueIndex = 2601, SqlServerUniqueConstraint = 2627;

    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        SqlException sqlServer => sqlServer.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
        DbException other => other.SqlState == PostgresUnique,
        _ => false,
    };

    /// <summary>A unique violation whose message names this index, constraint or column. Each provider names what
    /// it knows: SQLite the columns ("Participants.MunicipalityId, Participants.Bsn"), PostgreSQL the index, SQL Server
    /// the index or constraint. SQL Server's message also holds the duplicate values: never log it.</summary>
    public static bool Concerns(DbUpdateException e, string indexOrColumn) =>
        Is(e) && e.InnerException!.Message.Contains(indexOrColumn, StringComparison.Ordinal);
}
