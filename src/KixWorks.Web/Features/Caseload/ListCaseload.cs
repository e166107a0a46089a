using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Web.Data;
using KixWorks.Web.Features.Shared;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Caseload;

/// <summary>"Mijn deelnemers": the signed-in consultant's participants in the active gemeente,
/// those never contacted and those longest without contact first.</summary>
public static class ListCaseload
{
    public sealed class Query : ListQuery;

    public sealed record Row(Guid Id, string FamilyName, string? FamilyNamePrefix, string GivenName, TrajectoryPhase? Phase, DateOnly? LastContact, int? DaysSinceContact)
    {
        public string SortName => Participant.SortableName(FamilyName, GivenName, FamilyNamePrefix);
    }

    public sealed record Result(ListState State, IReadOnlyList<Row> Rows);

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, IHttpContextAccessor http)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var me = http.HttpContext!.User.UserId() ?? throw new InvalidOperationException("The caseload belongs to a signed-in consultant.");
            var mine = db.Participants.AsNoTracking()
                .Where(p => p.ConsultantId == me)
                .Select(p => new
                {
                    p.Id, p.FamilyName, p.FamilyNamePrefix, p.GivenName,
                    Phase = db.Trajectories.Where(t => t.ParticipantId == p.Id).OrderByDescending(t => t.Episode).Select(t => (TrajectoryPhase?)t.Phase).FirstOrDefault(),
                    LastContact = db.ContactMoments.Where(c => c.ParticipantId == p.Id).Max(c => (DateOnly?)c.On),
                });

            var total = await mine.CountAsync(ct);
            // Never contacted first (explicitly: providers disagree on where NULL sorts), then longest ago.
            var page = await mine
                .OrderBy(p => p.LastContact == null ? 0 : 1).ThenBy(p => p.LastContact).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
                .Skip((query.PageNumber - 1) * PageInfo.DefaultPageSize)
                .Take(PageInfo.DefaultPageSize)
                .ToListAsync(ct);
            var today = DutchTime.Today(time);
            var rows = page.Select(p => new Row(p.Id, p.FamilyName, p.FamilyNamePrefix, p.GivenName, p.Phase, p.LastContact,
                p.LastContact is { } last ? today.DayNumber - last.DayNumber : null)).ToList();
            return new Result(new ListState(null, "contact", false, query.PageNumber, PageInfo.DefaultPageSize, total), rows);
        }
    }
}
