using KixWorks.Data;
using KixWorks.Domain.Groups;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Data;

/// <summary>UniqueViolation recognises a real duplicate on each provider by its error code, tells which index or column
/// where the provider says so, and does not mistake another refusal (a foreign key) for one.</summary>
public abstract class UniqueViolationTests(DatabaseProvider provider)
{
    private static Task<int> AddGroupAsync(KixWorksFactory factory, Guid gemeente, string name) =>
        factory.InMunicipalityAsync(gemeente, db =>
        {
            db.Groups.Add(Group.Plan(name, new DateOnly(2026, 1, 1), null));
            return db.SaveChangesAsync();
        });

    private static Task<int> AddParticipantAsync(KixWorksFactory factory, Guid gemeente, string bsn) =>
        factory.InMunicipalityAsync(gemeente, db =>
        {
            var participant = Participant.Register(new PersonalDetails("Uniek", null, "Test", new DateOnly(2000, 1, 1), null, null, TargetGroup.Other, []), factory.Time.GetUtcNow());
            participant.ChangeBsn(Bsn.Parse(bsn));
            db.Participants.Add(participant);
            return db.SaveChangesAsync();
        });

    protected async Task A_duplicate_is_a_unique_violation_on_its_own_index_core()
    {
        using var factory = KixWorksFactory.Custom(provider);
        var gemeente = await factory.CreateMunicipalityAsync("Uniek");
        await AddGroupAsync(factory, gemeente, "Groep A");
        await AddParticipantAsync(factory, gemeente, "123456782");

        var group = await Assert.ThrowsAsync<DbUpdateException>(() => AddGroupAsync(factory, gemeente, "Groep A"));
        Assert.True(UniqueViolation.Is(group));
        Assert.True(UniqueViolation.Concerns(group, "Name"));
        Assert.False(UniqueViolation.Concerns(group, "Bsn"));

        var bsn = await Assert.ThrowsAsync<DbUpdateException>(() => AddParticipantAsync(factory, gemeente, "123456782"));
        Assert.True(UniqueViolation.Is(bsn));
        Assert.True(UniqueViolation.Concerns(bsn, "Bsn"));
    }

    protected async Task A_foreign_key_refusal_is_not_a_unique_violation_core()
    {
        using var factory = KixWorksFactory.Custom(provider);
        var a = await factory.CreateMunicipalityAsync("Gemeente A");
        var b = await factory.CreateMunicipalityAsync("Gemeente B");
        var participantB = await factory.CreateParticipantAsync(b, "Bereket", "Zwartjes");

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => factory.InMunicipalityAsync(a, db =>
        {
            db.Goals.Add(Goal.Add(participantB, "Ik wil koken in een restaurant.", null, factory.Time.GetUtcNow()));
            return db.SaveChangesAsync();
        }));
        Assert.False(UniqueViolation.Is(refused));
    }
}

public sealed class SqliteUniqueViolationTests() : UniqueViolationTests(DatabaseProvider.Sqlite)
{
    [Fact] public Task A_duplicate_is_a_unique_violation_on_its_own_index() => A_duplicate_is_a_unique_violation_on_its_own_index_core();
    [Fact] public Task A_foreign_key_refusal_is_not_a_unique_violation() => A_foreign_key_refusal_is_not_a_unique_violation_core();
}

public sealed class PostgresUniqueViolationTests() : UniqueViolationTests(DatabaseProvider.Postgres)
{
    [PostgresFact] public Task A_duplicate_is_a_unique_violation_on_its_own_index() => A_duplicate_is_a_unique_violation_on_its_own_index_core();
    [PostgresFact] public Task A_foreign_key_refusal_is_not_a_unique_violation() => A_foreign_key_refusal_is_not_a_unique_violation_core();
}
