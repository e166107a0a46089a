using System.Data.Common;
using KixWorks.Data;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Tenancy;

/// <summary>The database itself refuses a child row of gemeente A whose parent belongs to gemeente B, on every
/// child table the model has (found by reflection, so a new child table is covered without editing this test).
/// The statements go past EF and its SaveChanges guard on purpose: this is what a forgotten check in a handler,
/// an ExecuteUpdate or raw SQL would do.</summary>
public abstract class CrossMunicipalityChildTests(DatabaseProvider provider)
{
    private const string Ede = "(SELECT \"Id\" FROM \"Municipalities\" WHERE \"Name\" = 'Ede')";
    private const string Deventer = "(SELECT \"Id\" FROM \"Municipalities\" WHERE \"Name\" = 'Deventer')";

    /// <summary>One foreign key from a gemeente's child table to a gemeente's parent table.</summary>
    private sealed record ChildLink(string Child, string ParentColumn, string Parent)
    {
        public override string ToString() => $"{Child}.{ParentColumn} → {Parent}";
    }

    private static List<ChildLink> ChildLinks(IModel model) =>
        model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => typeof(ITenantOwned).IsAssignableFrom(fk.PrincipalEntityType.ClrType))
            .Select(fk => new ChildLink(
                fk.DeclaringEntityType.GetTableName()!,
                fk.Properties.Single(p => p.Name != nameof(ITenantOwned.MunicipalityId)).GetColumnName(),
                fk.PrincipalEntityType.GetTableName()!))
            .ToList();

    private KixWorksFactory DemoApp() => KixWorksFactory.Custom(provider, "Development", new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" });

    protected async Task Every_child_table_refuses_a_parent_of_another_gemeente_core()
    {
        using var factory = DemoApp();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
        var links = ChildLinks(db.Model);
        Assert.Contains(new ChildLink("Goals", "ParticipantId", "Participants"), links);
        Assert.Contains(new ChildLink("PhaseMoves", "TrajectoryId", "Trajectories"), links);
        Assert.Contains(new ChildLink("HealthLimitations", "IntakeId", "Intakes"), links);

        var accepted = new List<string>();
        foreach (var link in links)
        {
            var row = First("\"Id\"", $"FROM \"{link.Child}\" WHERE \"MunicipalityId\" = {Ede} ORDER BY \"Id\"");
            Assert.True(await ScalarAsync(db, $"SELECT CAST(COUNT(*) AS BIGINT) AS \"Value\" FROM \"{link.Child}\" WHERE \"MunicipalityId\" = {Ede}") > 0,
                $"No row in {link.Child} for Ede to probe with: give the demo data (DemoDataSeeder) some.");

            // Control: the same statement, pointing at the parent the row already has in its own gemeente, is accepted.
            // (Names come from the EF model, never from input: the SQL is built as text on purpose.)
            var ownParent =
                $"UPDATE \"{link.Child}\" SET \"{link.ParentColumn}\" = (SELECT p.\"Id\" FROM \"{link.Parent}\" p WHERE p.\"MunicipalityId\" = {Ede} " +
                $"AND p.\"Id\" = (SELECT c.\"{link.ParentColumn}\" FROM \"{link.Child}\" c WHERE c.\"Id\" = {row})) WHERE \"Id\" = {row}";
            await db.Database.ExecuteSqlRawAsync(ownParent);
            var otherGemeentesParent =
                $"UPDATE \"{link.Child}\" SET \"{link.ParentColumn}\" = {First("\"Id\"", $"FROM \"{link.Parent}\" WHERE \"MunicipalityId\" = {Deventer} ORDER BY \"Id\"")} WHERE \"Id\" = {row}";

            try
            {
                await db.Database.ExecuteSqlRawAsync(otherGemeentesParent);
                accepted.Add(link.ToString());
            }
            catch (DbException)
            {
                // Refused by the database: the foreign key (MunicipalityId, ParentId) has no such parent.
            }
        }

        Assert.True(accepted.Count == 0, "The database accepted a child pointing at another gemeente's parent: " + string.Join(", ", accepted));
        foreach (var link in links)
        {
            Assert.Equal(0L, await ScalarAsync(db,
                $"SELECT CAST(COUNT(*) AS BIGINT) AS \"Value\" FROM \"{link.Child}\" c JOIN \"{link.Parent}\" p ON p.\"Id\" = c.\"{link.ParentColumn}\" WHERE p.\"MunicipalityId\" <> c.\"MunicipalityId\""));
        }
    }

    /// <summary>The probe from the review: inside gemeente A, a Goal for gemeente B's participant, through EF.</summary>
    protected async Task A_goal_for_another_gemeentes_participant_is_refused_core()
    {
        using var factory = KixWorksFactory.Custom(provider);
        var a = await factory.CreateMunicipalityAsync("Gemeente A");
        var b = await factory.CreateMunicipalityAsync("Gemeente B");
        var participantB = await factory.CreateParticipantAsync(b, "Bereket", "Zwartjes");

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.InMunicipalityAsync(a, db =>
        {
            db.Goals.Add(Goal.Add(participantB, "Ik wil koken in een restaurant.", null, factory.Time.GetUtcNow()));
            return db.SaveChangesAsync();
        }));

        Assert.Empty(await factory.InMunicipalityAsync(b, db => db.Goals.Where(g => g.ParticipantId == participantB).ToListAsync()));
        Assert.Empty(await factory.InMunicipalityAsync(a, db => db.Goals.ToListAsync()));
    }

    /// <summary>The first row's column as a subquery: TOP 1 on SQL Server, LIMIT 1 elsewhere ("" quoting works on all three).</summary>
    private string First(string column, string rest) =>
        provider == DatabaseProvider.SqlServer ? $"(SELECT TOP 1 {column} {rest})" : $"(SELECT {column} {rest} LIMIT 1)";

    private static async Task<long> ScalarAsync(KixWorksDbContext db, string sql) =>
        await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
}

public sealed class SqliteCrossMunicipalityChildTests() : CrossMunicipalityChildTests(DatabaseProvider.Sqlite)
{
    [Fact] public Task Every_child_table_refuses_a_parent_of_another_gemeente() => Every_child_table_refuses_a_parent_of_another_gemeente_core();
    [Fact] public Task A_goal_for_another_gemeentes_participant_is_refused() => A_goal_for_another_gemeentes_participant_is_refused_core();
}

public sealed class PostgresCrossMunicipalityChildTests() : CrossMunicipalityChildTests(DatabaseProvider.Postgres)
{
    [PostgresFact] public Task Every_child_table_refuses_a_parent_of_another_gemeente() => Every_child_table_refuses_a_parent_of_another_gemeente_core();
    [PostgresFact] public Task A_goal_for_another_gemeentes_participant_is_refused() => A_goal_for_another_gemeentes_participant_is_refused_core();
}
