using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using KixWorks.Data;
using KixWorks.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KixWorks.IntegrationTests.Data;

/// <summary>Databases in the field were made by older code. A SQLite file and a PostgreSQL dump made by main at
/// 7034ce6 (demo data, before the data layer moved out of the web project; Data/Legacy/README.md) start on today's
/// code: it migrates them at start-up, keeps their migration history, loses no row and no value — table rebuilds
/// on SQLite included — and works on them (a demo login signs in and opens a participant's file).</summary>
public sealed class LegacyDatabaseUpgradeTests
{
    /// <summary>The old DemoDataSeeder's password: its hash is in the fixtures, so it is spelled out here, not taken from today's seeder.</summary>
    private const string LegacyPassword = "kixworks-demo-2026";
    private const string LegacyConsultant = "consulent@ede.demo";
    /// <summary>The first of Ede's 60 demo participants by name in both fixtures (the old seeder's Faker had a fixed seed).</summary>
    private const string KnownParticipantSortName = "Ahmadi, Samira";
    private const string KnownParticipantFullName = "Samira Ahmadi";

    private const string MigrationHistoryTable = "__EFMigrationsHistory";
    /// <summary>EF's mutex while it migrates: no data, empty before and after.</summary>
    private const string MigrationLockTable = "__EFMigrationsLock";

    [Fact]
    public async Task A_SQLite_database_made_by_main_7034ce6_starts_on_todays_code_with_its_history_and_every_row()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kixworks-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "kixworks.db"); // where the factory points Database:SqlitePath
        // The factory deletes the folder, restored file included, when it is disposed.
        using var factory = KixWorksFactory.Custom(DatabaseProvider.Sqlite, dataFolder: folder);
        await DecompressAsync("main-7034ce6.sqlite.gz", file);

        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await UpgradeAndCheckAsync(factory, () => new SqliteConnection(connectionString), SqliteSchema);
    }

    [PostgresFact]
    public async Task A_PostgreSQL_database_made_by_main_7034ce6_starts_on_todays_code_with_its_history_and_every_row()
    {
        var database = PostgresServer.NewDatabaseName();
        PostgresServer.CreateDatabase(database);
        // The factory drops the restored database when it is disposed.
        using var factory = KixWorksFactory.Custom(DatabaseProvider.Postgres, postgresDatabase: database);
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ForDatabase(database)) { Pooling = false }.ConnectionString;
        await RestoreDumpAsync("main-7034ce6.postgres.sql.gz", connectionString);

        await UpgradeAndCheckAsync(factory, () => new NpgsqlConnection(connectionString), PostgresSchema);
    }

    private static async Task UpgradeAndCheckAsync(KixWorksFactory factory, Func<DbConnection> connect, Schema schema)
    {
        var before = await SnapshotAsync(connect, schema, columnsOf: null);
        Assert.True(before.ContainsKey(MigrationHistoryTable), "The fixture has no migration history: it is not a database made by the old app.");
        Assert.True(before.Count > 10, $"The fixture has only {before.Count} tables: " + string.Join(", ", before.Keys));
        Assert.True(before["Participants"].Rows.Count >= 100, "The fixture lacks the demo participants.");
        List<string> oldMigrations;
        await using (var connection = connect())
        {
            await connection.OpenAsync();
            oldMigrations = await ReadStringsAsync(connection, $"SELECT {Quote("MigrationId")} FROM {Quote(MigrationHistoryTable)}", table: null);
        }
        Assert.NotEmpty(oldMigrations);

        // Start-up migrates.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
            var known = db.Database.GetMigrations().ToHashSet();
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToHashSet();
            Assert.All(oldMigrations, id => Assert.True(known.Contains(id), $"Migration {id} of the old database is unknown to today's code: it would be applied again under another id."));
            Assert.All(oldMigrations, id => Assert.True(applied.Contains(id), $"Migration {id} is gone from {MigrationHistoryTable}."));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        // Every table of the old database is still there with every old column, the same rows and the same values.
        // New tables and new columns may appear; the old columns are compared.
        var after = await SnapshotAsync(connect, schema, columnsOf: before);
        var history = after[MigrationHistoryTable].Rows.ToHashSet(StringComparer.Ordinal);
        Assert.All(before[MigrationHistoryTable].Rows, row => Assert.True(history.Contains(row), $"History row changed or lost: {row}"));
        var differences = new List<string>();
        foreach (var (table, old) in before.Where(t => t.Key is not (MigrationHistoryTable or MigrationLockTable)))
        {
            var now = after[table];
            if (now.Fingerprint == old.Fingerprint) continue;
            var nowRows = now.Rows.ToHashSet(StringComparer.Ordinal);
            var oldRows = old.Rows.ToHashSet(StringComparer.Ordinal);
            differences.Add($"Table {table}: {old.Rows.Count} rows before, {now.Rows.Count} after. "
                + $"Lost or changed: {Describe(old.Rows.Where(r => !nowRows.Contains(r)))}. "
                + $"New: {Describe(now.Rows.Where(r => !oldRows.Contains(r)))}.");
        }
        Assert.True(differences.Count == 0, "The upgrade changed data:\n" + string.Join("\n", differences));

        // And the app works on it: the old demo consultant signs in through the form and opens a participant's file.
        using var browser = new TestBrowser(factory);
        var signIn = await browser.SignInAsync(LegacyConsultant, LegacyPassword);
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {LegacyConsultant} gave {(int)signIn.StatusCode}.");
        var list = await browser.GetPageAsync("/participants");
        var link = list.QuerySelectorAll("main tbody a[href^='/participants/']").OfType<IHtmlAnchorElement>()
            .FirstOrDefault(a => a.TextContent.Trim() == KnownParticipantSortName);
        Assert.True(link is not null, $"'{KnownParticipantSortName}' is not on the participant list: {list.QuerySelector("main")?.TextContent}");
        var participantFile = await browser.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal(KnownParticipantFullName, participantFile.QuerySelector("h1")?.TextContent.Trim());
    }

    private static string Describe(IEnumerable<string> rows)
    {
        var list = rows.Take(4).ToList();
        return list.Count == 0 ? "none" : string.Join(" / ", list);
    }

    /// <summary>One table: the columns read, every row as canonical text (sorted, so no ORDER BY and no collation
    /// is involved) and a SHA-256 over them.</summary>
    private sealed record TableSnapshot(IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, string Fingerprint);

    /// <summary>Every table the database has (found in its catalogue, not listed by hand). With
    /// <paramref name="columnsOf"/>: each of its tables must still exist, and only its columns are read.</summary>
    private static async Task<Dictionary<string, TableSnapshot>> SnapshotAsync(Func<DbConnection> connect, Schema schema, Dictionary<string, TableSnapshot>? columnsOf)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        var tables = await ReadStringsAsync(connection, schema.TablesSql, table: null);
        var snapshots = new Dictionary<string, TableSnapshot>(StringComparer.Ordinal);
        foreach (var table in columnsOf?.Keys ?? (IEnumerable<string>)tables)
        {
            Assert.True(tables.Contains(table), $"Table {table} is gone.");
            var present = await ReadStringsAsync(connection, schema.ColumnsSql, table);
            var columns = columnsOf?[table].Columns ?? present;
            var missing = columns.Except(present).ToList();
            Assert.True(missing.Count == 0, $"Table {table} lost its column(s) {string.Join(", ", missing)}.");
            Assert.NotEmpty(columns);

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)}";
            var rows = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Canonical(reader.GetValue(i)))));
            }
            rows.Sort(StringComparer.Ordinal);
            var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows))));
            snapshots[table] = new TableSnapshot(columns, rows, fingerprint);
        }
        return snapshots;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A value as text that tells types apart where it matters (text vs number vs null) and is culture-free.</summary>
    private static string Canonical(object value) => value switch
    {
        DBNull => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal) + "'",
        byte[] bytes => "x'" + Convert.ToHexString(bytes) + "'",
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(",", items.Cast<object>().Select(Canonical)) + "]",
        _ => value.ToString() ?? "",
    };

    private static async Task<List<string>> ReadStringsAsync(DbConnection connection, string sql, string? table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (table is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
        }
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>How to find the tables (internal sqlite_* tables aside) and a table's columns, in catalogue order.</summary>
    private sealed record Schema(string TablesSql, string ColumnsSql);

    private static readonly Schema SqliteSchema = new(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
        "SELECT name FROM pragma_table_info(@table) ORDER BY cid");

    private static readonly Schema PostgresSchema = new(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table ORDER BY ordinal_position");

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Legacy", name);

    private static async Task DecompressAsync(string fixture, string target)
    {
        await using var source = new GZipStream(File.OpenRead(Fixture(fixture)), CompressionMode.Decompress);
        await using var file = File.Create(target);
        await source.CopyToAsync(file);
    }

    /// <summary>Runs pg_dump's plain SQL through Npgsql, statement by statement as Npgsql splits them; psql
    /// meta-commands (lines starting with a backslash, such as \restrict) are psql's, not SQL, and skipped.</summary>
    private static async Task RestoreDumpAsync(string fixture, string connectionString)
    {
        await using var source = new GZipStream(File.OpenRead(Fixture(fixture)), CompressionMode.Decompress);
        using var text = new StreamReader(source, Encoding.UTF8);
        var script = new StringBuilder();
        while (await text.ReadLineAsync() is { } line)
            if (!line.StartsWith('\\')) script.Append(line).Append('\n');

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(script.ToString(), connection) { CommandTimeout = 120 };
        await command.ExecuteNonQueryAsync();
    }
}
