using KixWorks.Web.Data;
using KixWorks.Web.Features.Shared;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Participants;

public enum TimelineEvent { Registered, IntakeStarted, IntakeCompleted, PhaseMove, Contact }

/// <summary>Everything that happened with a participant, newest first, on one line each. New kinds of events
/// (sessions, buddy, outflow, follow-ups) join here as their features arrive.</summary>
public static class ParticipantTimeline
{
    public const int Shown = 50;

    /// <param name="Detail">Already readable (phase names, channel), or null.</param>
    public sealed record Entry(DateTimeOffset At, TimelineEvent Event, string? Detail);

    public sealed class Handler(KixWorksDbContext db, IStringLocalizer<SharedResource> text)
    {
        public async Task<IReadOnlyList<Entry>> HandleAsync(Guid participantId, DateTimeOffset registeredAt, CancellationToken ct)
        {
            var entries = new List<Entry> { new(registeredAt, TimelineEvent.Registered, null) };

            var intakes = await db.Intakes.AsNoTracking().Where(i => i.ParticipantId == participantId)
                .Select(i => new { i.Number, i.StartedAt, i.CompletedAt }).ToListAsync(ct);
            foreach (var intake in intakes)
            {
                var name = intake.Number == 1 ? text["Intakes.Title"].Value : text["Intakes.ReintakeTitle", intake.Number - 1].Value;
                entries.Add(new(intake.StartedAt, TimelineEvent.IntakeStarted, name));
                if (intake.CompletedAt is { } completed) entries.Add(new(completed, TimelineEvent.IntakeCompleted, name));
            }

            var moves = await db.Trajectories.AsNoTracking().Where(t => t.ParticipantId == participantId)
                .SelectMany(t => t.Moves.Select(m => new { m.From, m.To, m.At, m.Reason }))
                .OrderByDescending(m => m.At).Take(Shown).ToListAsync(ct);
            entries.AddRange(moves.Select(m => new Entry(m.At, TimelineEvent.PhaseMove,
                (m.From is { } from ? text.Display(from) + " → " : "") + text.Display(m.To) + (m.Reason is null ? "" : $" ({m.Reason})"))));

            var contacts = await db.ContactMoments.AsNoTracking().Where(c => c.ParticipantId == participantId)
                .OrderByDescending(c => c.RecordedAt).Take(Shown).Select(c => new { c.On, c.Channel, c.RecordedAt }).ToListAsync(ct);
            // A contact happened on a day; it sorts by that day, at the time it was recorded when that was the same day.
            entries.AddRange(contacts.Select(c => new Entry(ContactTime(c.On, c.RecordedAt), TimelineEvent.Contact, text.Display(c.Channel))));

            // Same moment (registering opens the trajectory): the later kind of event on top.
            return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Event).Take(Shown).ToList();
        }

        private static DateTimeOffset ContactTime(DateOnly on, DateTimeOffset recordedAt) =>
            DateOnly.FromDateTime(DutchTime.Local(recordedAt).DateTime) == on
                ? recordedAt
                : new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
