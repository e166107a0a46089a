namespace KixWorks.Data;

/// <summary>The database engines KixWorks runs on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default, embedded), "Postgres" or "SqlServer".</summary>
    public string Provider { get; set; } = nameof(DatabaseKind.Sqlite);

    /// <summary>SQLite file, relative to the content root unless absolute. The data folder is git-ignored.</summary>
    public string SqlitePath { get; set; } = "data/kixworks.db";

    /// <summary>How long SQLite waits for a lock held by another connection before giving up.</summary>
    public int SqliteBusyTimeoutMs { get; set; } = 5000;

    /// <summary>Apply pending migrations at start-up. Turn off where a deployment step migrates.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo gemeenten and logins. Ignored (never seeded) in Production.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The configured engine; an unknown name is a start-up error that lists the valid ones.</summary>
    public DatabaseKind Kind => Enum.TryParse<DatabaseKind>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
        ? kind
        : throw new InvalidOperationException($"Unknown Database:Provider '{Provider}'. Use {string.Join(", ", Enum.GetNames<DatabaseKind>())}.");
}
