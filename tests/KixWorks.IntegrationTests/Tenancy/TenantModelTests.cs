using KixWorks.Domain.Groups;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Tenancy;

/// <summary>The known EF Core pitfalls of query-filter tenancy, each shown not to leak here.</summary>
public abstract class TenantModelTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : KixWorksFactory
{
    private Guid _a, _b, _participantA, _participantB;

    public async Task InitializeAsync()
    {
        _a = await factory.CreateMunicipalityAsync("A");
        _b = await factory.CreateMunicipalityAsync("B");
        _participantA = await factory.CreateParticipantAsync(_a, "Anna", "Alfa");
        _participantB = await factory.CreateParticipantAsync(_b, "Bo", "Bravo");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected async Task A_stub_entity_cannot_delete_another_gemeentes_row_core()
    {
        // Stub without a gemeente: the guard refuses it before any SQL runs.
        await Assert.ThrowsAsync<TenantViolationException>(() => factory.InMunicipalityAsync(_a, async db =>
        {
            db.Participants.Remove(Stub(db, _participantB, municipalityId: null));
            return await db.SaveChangesAsync();
        }));
        // Stub that lies about its gemeente: the gemeente is in the DELETE's WHERE clause, so no row matches.
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => factory.InMunicipalityAsync(_a, async db =>
        {
            db.Participants.Remove(Stub(db, _participantB, municipalityId: _a));
            return await db.SaveChangesAsync();
        }));
        Assert.NotNull(await factory.FindParticipantAsync(_b, _participantB));
    }

    protected async Task A_tracked_entity_of_another_gemeente_cannot_be_saved_or_read_back_core()
    {
        var foreign = await factory.InMunicipalityAsync(_b, db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == _participantB));
        await Assert.ThrowsAsync<TenantViolationException>(() => factory.InMunicipalityAsync(_a, async db =>
        {
            db.Attach(foreign);
            foreign.Archive();
            db.Entry(foreign).State = EntityState.Modified;
            // Attached or not, a query in A's context does not return B's row.
            Assert.Empty(await db.Participants.Where(p => p.Id == _participantB).ToListAsync());
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(ParticipantStatus.Active, (await factory.FindParticipantAsync(_b, _participantB))!.Status);
    }

    protected async Task Subqueries_and_navigations_are_filtered_too_core()
    {
        var counts = await factory.InMunicipalityAsync(_a, db => db.Participants
            .Select(p => new { All = db.Participants.Count(), Trajectories = db.Trajectories.Count() })
            .ToListAsync());
        var own = await factory.InMunicipalityAsync(_a, db => db.Participants.CountAsync());
        Assert.All(counts, c => Assert.Equal(own, c.All));
        Assert.All(counts, c => Assert.Equal(own, c.Trajectories));
        Assert.DoesNotContain(_participantB, await factory.InMunicipalityAsync(_a, db => db.Participants.Select(p => p.Id).ToListAsync()));
    }

    protected async Task Without_an_active_gemeente_nothing_is_read_or_written_core()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
        Assert.Empty(await db.Participants.ToListAsync());
        db.Groups.Add(Group.Plan("Zonder gemeente", new DateOnly(2026, 1, 1), null));
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());
    }

    protected async Task Writing_a_row_for_another_gemeente_throws_core()
    {
        await Assert.ThrowsAsync<TenantViolationException>(() => factory.InMunicipalityAsync(_a, async db =>
        {
            var group = Group.Plan("Groep voor B", new DateOnly(2026, 1, 1), null);
            db.Groups.Add(group);
            db.Entry(group).Property(g => g.MunicipalityId).CurrentValue = _b;
            return await db.SaveChangesAsync();
        }));
    }

    protected async Task Unique_names_are_unique_per_gemeente_not_across_core()
    {
        var name = "Groep " + Guid.NewGuid().ToString("N")[..6];
        await AddGroup(_a, name);
        await AddGroup(_b, name);
        await Assert.ThrowsAsync<DbUpdateException>(() => AddGroup(_a, name));
    }

    private Task<int> AddGroup(Guid municipality, string name) => factory.InMunicipalityAsync(municipality, db =>
    {
        db.Groups.Add(Group.Plan(name, new DateOnly(2026, 1, 1), null));
        return db.SaveChangesAsync();
    });

    private static Participant Stub(KixWorksDbContext db, Guid id, Guid? municipalityId)
    {
        var stub = Participant.Register(new PersonalDetails("x", null, "x", new DateOnly(2000, 1, 1), null, null, TargetGroup.Other, []), DateTimeOffset.UnixEpoch);
        var entry = db.Entry(stub);
        entry.Property(p => p.Id).CurrentValue = id;
        if (municipalityId is { } m) entry.Property(p => p.MunicipalityId).CurrentValue = m;
        return stub;
    }
}

public sealed class SqliteTenantModelTests(KixWorksFactory factory) : TenantModelTests<KixWorksFactory>(factory)
{
    [Fact] public Task A_stub_entity_cannot_delete_another_gemeentes_row() => A_stub_entity_cannot_delete_another_gemeentes_row_core();
    [Fact] public Task A_tracked_entity_of_another_gemeente_cannot_be_saved_or_read_back() => A_tracked_entity_of_another_gemeente_cannot_be_saved_or_read_back_core();
    [Fact] public Task Subqueries_and_navigations_are_filtered_too() => Subqueries_and_navigations_are_filtered_too_core();
    [Fact] public Task Without_an_active_gemeente_nothing_is_read_or_written() => Without_an_active_gemeente_nothing_is_read_or_written_core();
    [Fact] public Task Writing_a_row_for_another_gemeente_throws() => Writing_a_row_for_another_gemeente_throws_core();
    [Fact] public Task Unique_names_are_unique_per_gemeente_not_across() => Unique_names_are_unique_per_gemeente_not_across_core();
}

public sealed class PostgresTenantModelTests(PostgresKixWorksFactory factory) : TenantModelTests<PostgresKixWorksFactory>(factory)
{
    [PostgresFact] public Task A_stub_entity_cannot_delete_another_gemeentes_row() => A_stub_entity_cannot_delete_another_gemeentes_row_core();
    [PostgresFact] public Task A_tracked_entity_of_another_gemeente_cannot_be_saved_or_read_back() => A_tracked_entity_of_another_gemeente_cannot_be_saved_or_read_back_core();
    [PostgresFact] public Task Subqueries_and_navigations_are_filtered_too() => Subqueries_and_navigations_are_filtered_too_core();
    [PostgresFact] public Task Without_an_active_gemeente_nothing_is_read_or_written() => Without_an_active_gemeente_nothing_is_read_or_written_core();
    [PostgresFact] public Task Writing_a_row_for_another_gemeente_throws() => Writing_a_row_for_another_gemeente_throws_core();
    [PostgresFact] public Task Unique_names_are_unique_per_gemeente_not_across() => Unique_names_are_unique_per_gemeente_not_across_core();
}
