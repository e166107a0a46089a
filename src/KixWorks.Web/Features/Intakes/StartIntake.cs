using KixWorks.Domain.Intakes;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Starts the first intake, or a re-intake after a completed one. An intake still open is resumed instead.</summary>
public static class StartIntake
{
    public sealed class Handler(KixWorksDbContext db, TimeProvider time, ICurrentUser currentUser, ILogger<Handler> logger)
    {
        /// <returns>Done with the number of the intake to continue with; not found when there is no such participant in the active gemeente.</returns>
        public async Task<CommandResult<int>> HandleAsync(Guid participantId, CancellationToken ct)
        {
            if (!await db.Participants.AnyAsync(p => p.Id == participantId, ct)) return CommandResult.NotFound;
            var latest = await db.Intakes.OrderByDescending(i => i.Number).FirstOrDefaultAsync(i => i.ParticipantId == participantId, ct);
            if (latest is { IsCompleted: false }) return CommandResult.Done.With(latest.Number);

            var me = currentUser.UserId ?? throw new InvalidOperationException("An intake is started by a signed-in consultant.");
            var intake = Intake.Start(participantId, (latest?.Number ?? 0) + 1, me, time.GetUtcNow(), latest);
            db.Intakes.Add(intake);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // A colleague started one at the same moment (unique participant + number): continue with theirs.
                db.ChangeTracker.Clear();
                return CommandResult.Done.With(await db.Intakes.Where(i => i.ParticipantId == participantId).MaxAsync(i => i.Number, ct));
            }
            logger.LogInformation("Intake {IntakeId} ({Number}) started for participant {ParticipantId}", intake.Id, intake.Number, participantId);
            return CommandResult.Done.With(intake.Number);
        }
    }
}
