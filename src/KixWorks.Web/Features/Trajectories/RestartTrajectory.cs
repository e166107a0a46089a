using KixWorks.Domain.Common;
using KixWorks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Trajectories;

/// <summary>A dropped trajectory is picked up again as a new episode, starting in Intake.</summary>
public static class RestartTrajectory
{
    public sealed class Command
    {
        public Guid ParticipantId { get; set; }
    }

    public enum Outcome { Restarted, NotFound, Conflict, Refused }

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, IStringLocalizer<SharedResource> text)
    {
        public async Task<(Outcome Outcome, string? Error)> HandleAsync(Command command, CancellationToken ct)
        {
            var latest = await db.Trajectories.AsNoTracking()
                .Where(t => t.ParticipantId == command.ParticipantId)
                .OrderByDescending(t => t.Episode)
                .FirstOrDefaultAsync(ct);
            if (latest is null) return (Outcome.NotFound, null);
            var conflict = text["Trajectories.Error.Conflict"].Value;
            try
            {
                db.Trajectories.Add(latest.Restart(time.GetUtcNow()));
                await db.SaveChangesAsync(ct);
                return (Outcome.Restarted, null);
            }
            catch (DomainException e)
            {
                return (Outcome.Refused, e.Message);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Someone else restarted the same trajectory a moment earlier: the unique index refused the second episode.
                return (Outcome.Conflict, conflict);
            }
        }
    }
}
