using KixWorks.Domain.Common;
using KixWorks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Trajectories;

/// <summary>A dropped trajectory is picked up again as a new episode, starting in Intake.</summary>
public static class RestartTrajectory
{
    public sealed class Command
    {
        public Guid ParticipantId { get; set; }
    }

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, IStringLocalizer<SharedResource> text)
    {
        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            var latest = await db.Trajectories.AsNoTracking()
                .Where(t => t.ParticipantId == command.ParticipantId)
                .OrderByDescending(t => t.Episode)
                .FirstOrDefaultAsync(ct);
            if (latest is null) return CommandResult.NotFound;
            var conflict = text["Trajectories.Error.Conflict"].Value;
            try
            {
                db.Trajectories.Add(latest.Restart(time.GetUtcNow()));
                await db.SaveChangesAsync(ct);
                return CommandResult.Done;
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Someone else restarted the same trajectory a moment earlier: the unique index refused the second episode.
                return CommandResult.Conflict(conflict);
            }
        }
    }
}
