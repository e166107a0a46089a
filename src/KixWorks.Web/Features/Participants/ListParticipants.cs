using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Web.Data;
using KixWorks.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Participants;

public static class ListParticipants
{
    public sealed class Query
    {
        /// <summary>Part of a name; matched case-insensitively.</summary>
        public string? Q { get; set; }
        public int? Page { get; set; }
    }

    public sealed record Row(Guid Id, string FamilyName, string? FamilyNamePrefix, string GivenName, DateOnly DateOfBirth, TargetGroup TargetGroup, TrajectoryPhase? Phase)
    {
        /// <summary>"Berg, Anna van den": sorted on family name, tussenvoegsel after the given name.</summary>
        public string SortName => FamilyNamePrefix is null ? $"{FamilyName}, {GivenName}" : $"{FamilyName}, {GivenName} {FamilyNamePrefix}";
    }

    public sealed record Result(string? Search, IReadOnlyList<Row> Rows, int Page, int PageSize, int TotalCount);

    public sealed class Handler(KixWorksDbContext db)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var search = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
            var page = PageInfo.Clamp(query.Page);
            var participants = db.Participants.AsNoTracking();
            if (search is not null)
            {
                var term = search.ToLowerInvariant();
                participants = participants.Where(p => p.SearchName.Contains(term));
            }

            var total = await participants.CountAsync(ct);
            var rows = await participants
                .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
                .Skip((page - 1) * PageInfo.DefaultPageSize)
                .Take(PageInfo.DefaultPageSize)
                .Select(p => new Row(
                    p.Id, p.FamilyName, p.FamilyNamePrefix, p.GivenName, p.DateOfBirth, p.TargetGroup,
                    db.Trajectories.Where(t => t.ParticipantId == p.Id).OrderByDescending(t => t.Episode).Select(t => (TrajectoryPhase?)t.Phase).FirstOrDefault()))
                .ToListAsync(ct);
            return new Result(search, rows, page, PageInfo.DefaultPageSize, total);
        }
    }
}
