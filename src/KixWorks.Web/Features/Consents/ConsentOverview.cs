using KixWorks.Domain.Participants;
using KixWorks.Data;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Consents;

/// <summary>The consents section of the dossier: the current state per purpose and the full history.</summary>
public static class ConsentOverview
{
    public sealed record Entry(Guid Id, ConsentPurpose Purpose, ConsentAnswer Answer, DateOnly On, string RecordedBy, DateOnly? WithdrawnOn, string? WithdrawnBy)
    {
        public bool CanWithdraw => Answer == ConsentAnswer.Given && WithdrawnOn is null;
    }

    /// <summary><paramref name="Current"/> is null when nothing was recorded for the purpose.</summary>
    public sealed record PurposeState(ConsentPurpose Purpose, Entry? Current);

    public sealed record View(IReadOnlyList<PurposeState> Purposes, IReadOnlyList<Entry> History);

    public static async Task<View> LoadAsync(KixWorksDbContext db, Guid participantId, CancellationToken ct)
    {
        var records = await db.Consents.AsNoTracking().Where(c => c.ParticipantId == participantId).ToListAsync(ct);
        var userIds = records.Select(c => c.RecordedBy).Concat(records.Where(c => c.WithdrawnBy is not null).Select(c => c.WithdrawnBy!.Value)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(Guid? id) => id is { } known && names.TryGetValue(known, out var name) ? name : "–";
        Entry ToEntry(Consent c) => new(c.Id, c.Purpose, c.Answer, c.On, Name(c.RecordedBy), c.WithdrawnOn, c.WithdrawnBy is null ? null : Name(c.WithdrawnBy));

        var purposes = Enum.GetValues<ConsentPurpose>()
            .Select(p => new PurposeState(p, Consent.Current(records, p) is { } current ? ToEntry(current) : null))
            .ToList();
        var history = records.OrderBy(c => c.Purpose).ThenByDescending(c => c.On).ThenByDescending(c => c.RecordedAt).Select(ToEntry).ToList();
        return new View(purposes, history);
    }
}
