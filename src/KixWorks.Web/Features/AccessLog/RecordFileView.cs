using KixWorks.Domain.Participants;
using KixWorks.Web.Data;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.Web.Features.AccessLog;

/// <summary>Records that the signed-in user opened a part of a participant's file. Called by the handlers that
/// show a file, in the same unit of work, so a view that is shown is always a view that is logged.</summary>
public static class RecordFileView
{
    public sealed class Handler(KixWorksDbContext db, TimeProvider time, IHttpContextAccessor http)
    {
        public async Task HandleAsync(Guid participantId, FilePart part, CancellationToken ct)
        {
            var userId = http.HttpContext!.User.UserId()
                ?? throw new InvalidOperationException("A participant file is only shown to a signed-in user.");
            db.FileViews.Add(FileView.Record(participantId, userId, part, time.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
    }
}
