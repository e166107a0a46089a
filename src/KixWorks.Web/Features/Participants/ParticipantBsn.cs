using KixWorks.Data;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Participants;

/// <summary>One BSN per person within a gemeente: checked before saving, and enforced by the unique index
/// (MunicipalityId, Bsn) for two saves at the same moment. The message never says who has the number.</summary>
internal static class ParticipantBsn
{
    /// <summary>Whether another participant in the active gemeente (the tenant filter) has this BSN.</summary>
    public static Task<bool> TakenAsync(KixWorksDbContext db, string? bsn, Guid self, CancellationToken ct) =>
        bsn is null ? Task.FromResult(false) : db.Participants.AnyAsync(p => p.Bsn == bsn && p.Id != self, ct);

    /// <returns>False when the save lost a race for the same BSN (the unique index refused it).</returns>
    public static async Task<bool> SaveAsync(KixWorksDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && UniqueViolation.Concerns(e, "Bsn"))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
