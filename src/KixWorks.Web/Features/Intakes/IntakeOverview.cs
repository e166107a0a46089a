using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Intakes;

/// <summary>The intake part of the participant file: every intake (first and re-intakes) and a summary of the
/// latest completed one. The list carries no answers (the timeline and the contact agreement use it for
/// everyone); the summary is only loaded for users who may run intakes.</summary>
public static class IntakeOverview
{
    public sealed record Entry(int Number, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, IntakeStep? NextStep,
        ContactFrequency? ContactFrequency, ContactChannel? PreferredChannel);

    /// <param name="Latest">The latest completed intake, read without tracking, for the summary.</param>
    public sealed record Model(IReadOnlyList<Entry> Intakes, Intake? Latest)
    {
        public Entry? Open => Intakes.FirstOrDefault(i => i.CompletedAt is null);
    }

    public sealed class Handler(KixWorksDbContext db)
    {
        /// <summary>Newest first; a handful per participant.</summary>
        public async Task<IReadOnlyList<Entry>> EntriesAsync(Guid participantId, CancellationToken ct)
        {
            var rows = await db.Intakes.AsNoTracking().Where(i => i.ParticipantId == participantId).OrderByDescending(i => i.Number)
                .Select(i => new { i.Number, i.StartedAt, i.CompletedAt, i.StepRevisions, i.ContactFrequency, i.PreferredChannel })
                .ToListAsync(ct);
            return rows.Select(i => new Entry(i.Number, i.StartedAt, i.CompletedAt, Intake.FirstUnsaved(i.StepRevisions), i.ContactFrequency, i.PreferredChannel))
                .ToList();
        }

        public async Task<Model> HandleAsync(IReadOnlyList<Entry> entries, Guid participantId, CancellationToken ct)
        {
            var latest = entries.FirstOrDefault(e => e.CompletedAt is not null) is { } completed
                ? await db.Intakes.AsNoTracking().SingleAsync(i => i.ParticipantId == participantId && i.Number == completed.Number, ct)
                : null;
            return new Model(entries, latest);
        }
    }
}
