using KixWorks.Domain.Trajectories;
using KixWorks.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Data;

/// <summary>A trajectory loaded from the database moves on, and its history grows: the new move is an INSERT.</summary>
public abstract class TrajectoryPersistenceTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : KixWorksFactory
{
    protected async Task A_loaded_trajectory_moves_on_and_keeps_its_whole_history_core()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var participant = await factory.CreateParticipantAsync(municipality, "Hanna", "Historie");
        var now = factory.Time.GetUtcNow();

        await factory.InMunicipalityAsync(municipality, async db =>
        {
            var trajectory = await db.Trajectories.SingleAsync(t => t.ParticipantId == participant);
            trajectory.MoveTo(TrajectoryPhase.Activation, now.AddDays(1));
            return await db.SaveChangesAsync();
        });
        await factory.InMunicipalityAsync(municipality, async db =>
        {
            var trajectory = await db.Trajectories.Include(t => t.Moves).SingleAsync(t => t.ParticipantId == participant);
            trajectory.MoveTo(TrajectoryPhase.Paused, now.AddDays(2), "Ziek");
            return await db.SaveChangesAsync();
        });

        var saved = await factory.InMunicipalityAsync(municipality, db => db.Trajectories.AsNoTracking().Include(t => t.Moves).SingleAsync(t => t.ParticipantId == participant));
        Assert.Equal(TrajectoryPhase.Paused, saved.Phase);
        Assert.Equal(TrajectoryPhase.Activation, saved.PausedFrom);
        Assert.Equal([TrajectoryPhase.Intake, TrajectoryPhase.Activation, TrajectoryPhase.Paused], saved.Moves.OrderBy(m => m.At).Select(m => m.To));
        Assert.Equal("Ziek", saved.Moves.OrderBy(m => m.At).Last().Reason);
        Assert.Equal(2, saved.Version);
    }
}

public sealed class SqliteTrajectoryPersistenceTests(KixWorksFactory factory) : TrajectoryPersistenceTests<KixWorksFactory>(factory)
{
    [Fact] public Task A_loaded_trajectory_moves_on_and_keeps_its_whole_history() => A_loaded_trajectory_moves_on_and_keeps_its_whole_history_core();
}

public sealed class PostgresTrajectoryPersistenceTests(PostgresKixWorksFactory factory) : TrajectoryPersistenceTests<PostgresKixWorksFactory>(factory)
{
    [PostgresFact] public Task A_loaded_trajectory_moves_on_and_keeps_its_whole_history() => A_loaded_trajectory_moves_on_and_keeps_its_whole_history_core();
}
