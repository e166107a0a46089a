using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Participants;

/// <summary>The partial unique index (MunicipalityId, Bsn) on both providers: the last line of defence when two
/// consultants save the same BSN at the same moment.</summary>
public abstract class BsnIndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : KixWorksFactory
{
    private async Task SaveAsync(Guid municipality, string? bsn)
    {
        await factory.InMunicipalityAsync(municipality, async db =>
        {
            var participant = Participant.Register(new PersonalDetails("Index", null, "Test", new DateOnly(2000, 1, 1), null, null, TargetGroup.Other, []), factory.Time.GetUtcNow());
            participant.ChangeBsn(bsn is null ? null : Bsn.Parse(bsn));
            db.Participants.Add(participant);
            return await db.SaveChangesAsync();
        });
    }

    protected async Task A_BSN_is_unique_per_gemeente_and_participants_without_one_do_not_collide_core()
    {
        var a = await factory.CreateMunicipalityAsync("A");
        var b = await factory.CreateMunicipalityAsync("B");

        await SaveAsync(a, null);
        await SaveAsync(a, null);
        await SaveAsync(a, "123456782");
        await SaveAsync(b, "123456782");

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(a, "123456782"));
    }
}

public sealed class SqliteBsnIndexTests(KixWorksFactory factory) : BsnIndexTests<KixWorksFactory>(factory)
{
    [Fact] public Task A_BSN_is_unique_per_gemeente_and_participants_without_one_do_not_collide() => A_BSN_is_unique_per_gemeente_and_participants_without_one_do_not_collide_core();
}

public sealed class PostgresBsnIndexTests(PostgresKixWorksFactory factory) : BsnIndexTests<PostgresKixWorksFactory>(factory)
{
    [PostgresFact] public Task A_BSN_is_unique_per_gemeente_and_participants_without_one_do_not_collide() => A_BSN_is_unique_per_gemeente_and_participants_without_one_do_not_collide_core();
}
