using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Web.Infrastructure.Time;
using KixWorks.Web.Features.Participants;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Consents;

/// <summary>A consultant records that the participant withdrew a consent, today, after a confirmation page.
/// Only the current answer for a purpose can be withdrawn; the record stays in the history.</summary>
public static class WithdrawConsent
{
    public sealed record Confirmation(Guid ParticipantId, Guid ConsentId, string ParticipantName, ConsentPurpose Purpose, DateOnly On);

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, ICurrentUser currentUser)
    {
        /// <returns>Null when there is no such consent for this participant in the active gemeente, or it is not
        /// the current, given and not yet withdrawn answer for its purpose.</returns>
        public async Task<Confirmation?> ConfirmAsync(Guid participantId, Guid consentId, CancellationToken ct)
        {
            var consent = await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId && c.ParticipantId == participantId, ct);
            if (consent is not { IsActive: true } || !await IsCurrentAsync(consent, ct)) return null;
            var fullName = await ParticipantName.OfAsync(db, participantId, ct);
            return new Confirmation(participantId, consentId, fullName!, consent.Purpose, consent.On);
        }

        public async Task<CommandResult> HandleAsync(Guid participantId, Guid consentId, CancellationToken ct)
        {
            var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId && c.ParticipantId == participantId, ct);
            if (consent is null) return CommandResult.NotFound;
            if (!await IsCurrentAsync(consent, ct)) return CommandResult.Refused("Er is al een nieuwer antwoord vastgelegd voor dit doel.");
            var userId = currentUser.UserId ?? throw new InvalidOperationException("Only a signed-in consultant withdraws a consent.");
            try
            {
                consent.Withdraw(DutchTime.Today(time), userId, time.GetUtcNow());
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
            await db.SaveChangesAsync(ct);
            return CommandResult.Done;
        }

        private async Task<bool> IsCurrentAsync(Consent consent, CancellationToken ct) =>
            await db.Consents.AsNoTracking().CurrentFor(consent.ParticipantId, consent.Purpose).Select(c => c.Id).FirstOrDefaultAsync(ct) == consent.Id;
    }
}
