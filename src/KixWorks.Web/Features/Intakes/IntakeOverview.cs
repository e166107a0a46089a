using KixWorks.Domain.Intakes;
using KixWorks.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Intakes;

/// <summary>The intake part of the participant file: every intake (first and re-intakes) and a summary of the
/// latest completed one. Only for users who may run intakes; the caller decides.</summary>
public static class IntakeOverview
{
    public sealed record Entry(int Number, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, IntakeStep? NextStep);

    /// <param name="Latest">The latest completed intake, read without tracking, for the summary.</param>
    public sealed record Model(IReadOnlyList<Entry> Intakes, Intake? Latest)
    {
        public Entry? Open => Intakes.FirstOrDefault(i => i.CompletedAt is null);
    }

    public sealed class Handler(KixWorksDbContext db)
    {
        public async Task<Model> HandleAsync(Guid participantId, CancellationToken ct)
        {
            // A handful per participant: read whole, newest first.
            var intakes = await db.Intakes.AsNoTracking().Where(i => i.ParticipantId == participantId).OrderByDescending(i => i.Number).ToListAsync(ct);
            return new Model(
                intakes.Select(i => new Entry(i.Number, i.StartedAt, i.CompletedAt, i.FirstUnsavedStep)).ToList(),
                intakes.FirstOrDefault(i => i.IsCompleted));
        }
    }
}
