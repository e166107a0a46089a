using KixWorks.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Consents;

/// <summary>Questions other features ask about consent, e.g. buddy matching: "may I share with a buddy?".
/// Works on the tenant-filtered set, so a participant of another gemeente simply has no consent.</summary>
public static class ConsentQueries
{
    /// <summary>The records of one purpose, current one first (same order as <see cref="Consent.Current"/>).</summary>
    public static IQueryable<Consent> CurrentFor(this IQueryable<Consent> consents, Guid participantId, ConsentPurpose purpose) =>
        consents.Where(c => c.ParticipantId == participantId && c.Purpose == purpose)
            .OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt);

    /// <summary>True only when the latest answer for the purpose is "given" and it was not withdrawn.</summary>
    public static Task<bool> HasActiveConsentAsync(this IQueryable<Consent> consents, Guid participantId, ConsentPurpose purpose, CancellationToken ct = default) =>
        consents.AsNoTracking().CurrentFor(participantId, purpose)
            .Select(c => c.Answer == ConsentAnswer.Given && c.WithdrawnOn == null)
            .FirstOrDefaultAsync(ct);
}
