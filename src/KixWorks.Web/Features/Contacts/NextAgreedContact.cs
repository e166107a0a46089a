using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Features.Intakes;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Contacts;

/// <summary>The contact agreement from the latest intake that made one, and when the next contact is due.</summary>
public static class NextAgreedContact
{
    /// <param name="DaysLate">Positive when the agreed contact is overdue.</param>
    public sealed record Model(DateOnly? LastContact, ContactFrequency? Frequency, ContactChannel? Channel, DateOnly? Due, int DaysLate)
    {
        public bool Overdue => DaysLate > 0;
    }

    /// <param name="intakes">Newest first, as <see cref="IntakeOverview.Handler.EntriesAsync"/> gives them.</param>
    public static Model From(DateOnly? lastContact, IEnumerable<IntakeOverview.Entry> intakes, DateOnly today)
    {
        var agreement = intakes.FirstOrDefault(i => i.ContactFrequency is not null);
        if (agreement?.ContactFrequency is not { } frequency) return new Model(lastContact, null, null, null, 0);
        var due = ContactAgreement.NextContact(lastContact, DutchTime.DateOf(agreement.StartedAt), frequency);
        return new Model(lastContact, frequency, agreement.PreferredChannel, due, today.DayNumber - due.DayNumber);
    }

    public sealed class Handler(KixWorksDbContext db, IntakeOverview.Handler intakes, TimeProvider time)
    {
        public async Task<Model> HandleAsync(Guid participantId, CancellationToken ct)
        {
            var last = await db.ContactMoments.Where(c => c.ParticipantId == participantId).MaxAsync(c => (DateOnly?)c.On, ct);
            return From(last, await intakes.EntriesAsync(participantId, ct), DutchTime.Today(time));
        }
    }
}
