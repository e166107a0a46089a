using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Data;
using KixWorks.Web.Features.AccessLog;
using KixWorks.Web.Features.Consents;
using KixWorks.Web.Features.Contacts;
using KixWorks.Web.Features.Intakes;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Participants;

public static class ParticipantDetails
{
    public sealed record Move(TrajectoryPhase? From, TrajectoryPhase To, DateTimeOffset At, string? Reason);

    public sealed record TrajectoryView(int Episode, TrajectoryPhase Phase, DateTimeOffset StartedAt, IReadOnlyList<Move> Moves);

    public sealed record Contact(DateOnly On, ContactChannel Channel, string? Note, DateTimeOffset RecordedAt);

    public sealed record GoalRow(Guid Id, string OwnWords, string? SimpleWords, GoalStatus Status);

    public const int ContactsShown = 10;

    public sealed record Model(
        Guid Id, string FullName, DateOnly DateOfBirth, string? Phone, string? Email, TargetGroup TargetGroup,
        IReadOnlyList<string> PreferredLanguages, ParticipantStatus Status, DateTimeOffset RegisteredAt,
        IReadOnlyList<TrajectoryView> Trajectories, IReadOnlyList<Contact> Contacts,
        IReadOnlyList<string> AddressLines, string? MaskedBsn, string? ClientNumber, NextAgreedContact.Model Next,
        IntakeOverview.Model? Intake, IReadOnlyList<ParticipantTimeline.Entry> Timeline,
        ConsentOverview.View Consents, IReadOnlyList<GoalRow>? Goals);

    /// <summary>"Stationsweg 12 A" and "6711 PZ  Ede", leaving out what is unknown.</summary>
    public static IReadOnlyList<string> AddressLines(Address address)
    {
        string?[] first = [address.Street, address.HouseNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture), address.HouseNumberAddition];
        string?[] second = [address.Postcode?.Value, address.City];
        return new[] { string.Join(' ', first.Where(p => p is not null)), string.Join("  ", second.Where(p => p is not null)) }
            .Where(line => line.Length > 0).ToList();
    }

    // The file's own queries, as queries: the handler runs them, SqlServerScriptTests parses their SQL as T-SQL.
    internal static IQueryable<Participant> ParticipantOf(KixWorksDbContext db, Guid id) =>
        db.Participants.AsNoTracking().Where(p => p.Id == id);

    internal static IQueryable<TrajectoryView> TrajectoriesOf(KixWorksDbContext db, Guid id) =>
        db.Trajectories.AsNoTracking()
            .Where(t => t.ParticipantId == id)
            .OrderByDescending(t => t.Episode)
            .Select(t => new TrajectoryView(t.Episode, t.Phase, t.StartedAt,
                t.Moves.OrderByDescending(m => m.At).Select(m => new Move(m.From, m.To, m.At, m.Reason)).ToList()));

    /// <summary>Enough for the timeline; the contacts section shows the first few.</summary>
    internal static IQueryable<Contact> ContactsOf(KixWorksDbContext db, Guid id) =>
        db.ContactMoments.AsNoTracking()
            .Where(c => c.ParticipantId == id)
            .OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt)
            .Take(ParticipantTimeline.Shown)
            .Select(c => new Contact(c.On, c.Channel, c.Note, c.RecordedAt));

    internal static IQueryable<GoalRow> GoalsOf(KixWorksDbContext db, Guid id) =>
        db.Goals.AsNoTracking().Where(g => g.ParticipantId == id).OrderBy(g => g.CreatedAt)
            .Select(g => new GoalRow(g.Id, g.OwnWords, g.SimpleWords, g.Status));

    /// <summary>Every part of the page is read once; the timeline and the next contact are made from those reads.</summary>
    public sealed class Handler(KixWorksDbContext db, RecordFileView.Handler recordView, IntakeOverview.Handler intakes,
        IStringLocalizer<SharedResource> text, TimeProvider time)
    {
        /// <param name="includeIntake">Whether the user may see intake answers (consultants, not managers).</param>
        /// <returns>Null when there is no such participant in the active gemeente.</returns>
        public async Task<Model?> HandleAsync(Guid id, bool includeIntake, CancellationToken ct)
        {
            var participant = await ParticipantOf(db, id).SingleOrDefaultAsync(ct);
            if (participant is null) return null;
            await recordView.HandleAsync(id, FilePart.Overview, ct);

            var trajectories = await TrajectoriesOf(db, id).ToListAsync(ct);

            // Enough for the timeline; the contacts section shows the first few.
            var contacts = await ContactsOf(db, id).ToListAsync(ct);
            var intakeEntries = await intakes.EntriesAsync(id, ct);

            var consents = await ConsentOverview.LoadAsync(db, id, ct);

            // Goals are intake answers, which managers may not read: not loaded at all for them.
            var goals = includeIntake
                ? await GoalsOf(db, id).ToListAsync(ct)
                : null;

            return new Model(participant.Id, participant.FullName, participant.DateOfBirth, participant.Phone, participant.Email,
                participant.TargetGroup, participant.PreferredLanguages, participant.Status, participant.RegisteredAt, trajectories, contacts.Take(ContactsShown).ToList(),
                AddressLines(participant.Address), participant.Bsn is { } bsn ? Bsn.Mask(bsn) : null, participant.ClientNumber,
                NextAgreedContact.From(contacts.Count > 0 ? contacts[0].On : null, intakeEntries, DutchTime.Today(time)),
                includeIntake ? await intakes.HandleAsync(intakeEntries, id, ct) : null,
                ParticipantTimeline.Build(participant.RegisteredAt, intakeEntries, trajectories, contacts, text),
                consents, goals);
        }
    }
}
