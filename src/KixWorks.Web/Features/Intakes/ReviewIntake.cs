using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Features.AccessLog;
using KixWorks.Web.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Intakes;

/// <summary>All answers of one intake on one page: the check before completing, and later the read-only record.</summary>
public static class ReviewIntake
{
    /// <param name="Intake">Read without tracking; the page only shows it.</param>
    /// <param name="Health">Null when the user may not see it or the step was never saved.</param>
    public sealed record Model(string ParticipantName, Intake Intake, HealthLimitations? Health, bool HealthShown, string? CompletedBy);

    public sealed class Handler(KixWorksDbContext db, RecordFileView.Handler recordView)
    {
        public async Task<Model?> HandleAsync(Guid participantId, int number, bool mayViewHealth, CancellationToken ct)
        {
            var intake = await db.Intakes.AsNoTracking().SingleOrDefaultAsync(i => i.ParticipantId == participantId && i.Number == number, ct);
            if (intake is null) return null;
            var name = await ParticipantName.OfAsync(db, participantId, ct);
            var health = mayViewHealth
                ? await db.HealthLimitations.AsNoTracking().SingleOrDefaultAsync(h => h.IntakeId == intake.Id, ct)
                : null;
            var completedBy = intake.CompletedBy is { } by
                ? await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(ct)
                : null;

            await recordView.HandleAsync(participantId, mayViewHealth ? [FilePart.Intake, FilePart.HealthLimitations] : [FilePart.Intake], ct);
            return new Model(name!, intake, health, mayViewHealth, completedBy);
        }
    }
}
