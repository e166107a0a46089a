using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Tenancy;

namespace KixWorks.Web.Features.AccessLog;

/// <summary>Records that the signed-in user opened a part of a participant's file. Called by the handlers that
/// show a file, in the same unit of work, so a view that is shown is always a view that is logged.</summary>
public static class RecordFileView
{
    public sealed class Handler(KixWorksDbContext db, TimeProvider time, ICurrentUser currentUser)
    {
        public Task HandleAsync(Guid participantId, FilePart part, CancellationToken ct) => HandleAsync(participantId, [part], ct);

        /// <summary>A page that shows several parts at once records them in one write.</summary>
        public async Task HandleAsync(Guid participantId, IReadOnlyList<FilePart> parts, CancellationToken ct)
        {
            var userId = currentUser.UserId
                ?? throw new InvalidOperationException("A participant file is only shown to a signed-in user.");
            var now = time.GetUtcNow();
            db.FileViews.AddRange(parts.Select(part => FileView.Record(participantId, userId, part, now)));
            await db.SaveChangesAsync(ct);
        }
    }
}
