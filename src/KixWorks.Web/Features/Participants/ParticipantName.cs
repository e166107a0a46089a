using KixWorks.Domain.Participants;
using KixWorks.Data;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Participants;

/// <summary>The name a page about one participant shows in its heading or sentence ("Contactmoment met …").</summary>
public static class ParticipantName
{
    /// <returns>The full name, or null when the participant is not in the active gemeente.</returns>
    public static async Task<string?> OfAsync(KixWorksDbContext db, Guid participantId, CancellationToken ct)
    {
        var name = await db.Participants.AsNoTracking().Where(p => p.Id == participantId)
            .Select(p => new { p.GivenName, p.FamilyNamePrefix, p.FamilyName }).SingleOrDefaultAsync(ct);
        return name is null ? null : Participant.DisplayName(name.GivenName, name.FamilyNamePrefix, name.FamilyName);
    }
}
