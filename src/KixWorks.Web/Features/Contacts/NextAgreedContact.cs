using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.Web.Data;
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

    public sealed class Handler(KixWorksDbContext db, TimeProvider time)
    {
        public async Task<Model> HandleAsync(Guid participantId, CancellationToken ct)
        {
            var last = await db.ContactMoments.Where(c => c.ParticipantId == participantId).MaxAsync(c => (DateOnly?)c.On, ct);
            var agreement = await db.Intakes.AsNoTracking()
                .Where(i => i.ParticipantId == participantId && i.ContactFrequency != null)
                .OrderByDescending(i => i.Number)
                .Select(i => new { i.ContactFrequency, i.PreferredChannel, i.StartedAt })
                .FirstOrDefaultAsync(ct);
            if (agreement?.ContactFrequency is not { } frequency) return new Model(last, null, null, null, 0);
            var due = ContactAgreement.NextContact(last, DateOnly.FromDateTime(DutchTime.Local(agreement.StartedAt).DateTime), frequency);
            return new Model(last, frequency, agreement.PreferredChannel, due, DutchTime.Today(time).DayNumber - due.DayNumber);
        }
    }
}
