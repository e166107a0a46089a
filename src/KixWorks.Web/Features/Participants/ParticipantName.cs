using KixWorks.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Goals;

internal static class ParticipantName
{
    /// <returns>The full name, or null when the participant is not in the active gemeente.</returns>
    public static async Task<string?> OfAsync(KixWorksDbContext db, Guid participantId, CancellationToken ct)
    {
        var name = await db.Participants.AsNoTracking().Where(p => p.Id == participantId)
            .Select(p => new { p.GivenName, p.FamilyNamePrefix, p.FamilyName }).SingleOrDefaultAsync(ct);
        return name is null ? null : string.Join(' ', new[] { name.GivenName, name.FamilyNamePrefix, name.FamilyName }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
