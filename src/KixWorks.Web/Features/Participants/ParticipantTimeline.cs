using KixWorks.Web.Features.Intakes;
using KixWorks.Web.Features.Shared;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Participants;

public enum TimelineEvent { Registered, IntakeStarted, IntakeCompleted, PhaseMove, Contact }

/// <summary>Everything that happened with a participant, newest first, on one line each, made from what the
/// file page has already read. New kinds of events (sessions, buddy, outflow, follow-ups) join here.</summary>
public static class ParticipantTimeline
{
    public const int Shown = 50;

    /// <param name="Detail">Already readable (phase names, channel), or null.</param>
    public sealed record Entry(DateTimeOffset At, TimelineEvent Event, string? Detail);

    public static IReadOnlyList<Entry> Build(DateTimeOffset registeredAt, IEnumerable<IntakeOverview.Entry> intakes,
        IEnumerable<ParticipantDetails.TrajectoryView> trajectories, IEnumerable<ParticipantDetails.Contact> contacts,
        IStringLocalizer<SharedResource> text)
    {
        var entries = new List<Entry> { new(registeredAt, TimelineEvent.Registered, null) };
        foreach (var intake in intakes)
        {
            var name = intake.Number == 1 ? text["Intakes.Title"].Value : text["Intakes.ReintakeTitle", intake.Number - 1].Value;
            entries.Add(new(intake.StartedAt, TimelineEvent.IntakeStarted, name));
            if (intake.CompletedAt is { } completed) entries.Add(new(completed, TimelineEvent.IntakeCompleted, name));
        }
        entries.AddRange(trajectories.SelectMany(t => t.Moves).Select(m => new Entry(m.At, TimelineEvent.PhaseMove,
            (m.From is { } from ? text.Display(from) + " → " : "") + text.Display(m.To) + (m.Reason is null ? "" : $" ({m.Reason})"))));
        entries.AddRange(contacts.Select(c => new Entry(ContactTime(c.On, c.RecordedAt), TimelineEvent.Contact, text.Display(c.Channel))));
        // Same moment (registering opens the trajectory): the later kind of event on top.
        return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Event).Take(Shown).ToList();
    }

    /// <summary>A contact happened on a day; it sorts at the time it was recorded when that was the same day, else at noon.</summary>
    private static DateTimeOffset ContactTime(DateOnly on, DateTimeOffset recordedAt) =>
        DutchTime.DateOf(recordedAt) == on
            ? recordedAt
            : new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
