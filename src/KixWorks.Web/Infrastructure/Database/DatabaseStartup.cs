using KixWorks.Data;
using KixWorks.Web.Infrastructure.Database.Seed;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Infrastructure.Database;

public static class DatabaseStartup
{
    /// <summary>Migrates (unless switched off), checks SQLite's WAL mode, seeds demo data outside Production.</summary>
    public static async Task InitializeKixWorksDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
            if (options.MigrateOnStartup) await db.Database.MigrateAsync();
            // SQLite only: the PRAGMA is not T-SQL or PostgreSQL.
            if (options.Kind == DatabaseKind.Sqlite) await EnsureWriteAheadLogAsync(db);
            await IdentityBootstrap.EnsureRolesAndFirstAdminAsync(scope.ServiceProvider, app.Configuration, app.Logger);
        }

        if (options.SeedDemoData && !app.Environment.IsProduction())
        {
            var logins = await DemoDataSeeder.SeedAsync(app.Services);
            DemoDataSeeder.PrintLogins(logins, Console.Out);
        }
    }

    /// <summary>WAL lets readers and one writer work at the same time; a file that refuses it is a start-up error.</summary>
    private static async Task EnsureWriteAheadLogAsync(KixWorksDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            var mode = (string?)await command.ExecuteScalarAsync();
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"SQLite refused WAL journal mode (got '{mode}'). Use a file database on a local disk.");
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
