using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Data;
using KixWorks.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Participants;

public static class ListParticipants
{
    public static readonly string[] SortKeys = ["name", "birth", "registered"];

    public sealed class Query : ListQuery
    {
        /// <summary>Only participants whose latest trajectory is in this phase.</summary>
        public TrajectoryPhase? Phase { get; set; }
    }

    public sealed record Row(Guid Id, string FamilyName, string? FamilyNamePrefix, string GivenName, DateOnly DateOfBirth, TargetGroup TargetGroup, TrajectoryPhase? Phase)
    {
        /// <summary>"Berg, Anna van den": sorted on family name, tussenvoegsel after the given name.</summary>
        public string SortName => Participant.SortableName(FamilyName, GivenName, FamilyNamePrefix);
    }

    public sealed record Result(ListState State, TrajectoryPhase? Phase, IReadOnlyList<Row> Rows);

    // The list's queries, as queries: the handler runs them, SqlServerScriptTests parses their SQL as T-SQL.
    internal static IQueryable<Participant> Matching(KixWorksDbContext db, Query query)
    {
        var search = query.Search;
        var participants = db.Participants.AsNoTracking();
        if (search is not null)
        {
            var term = search.ToLowerInvariant();
            // A klantnummer is found by exact match, as typed.
            participants = participants.Where(p => p.SearchName.Contains(term) || p.ClientNumber == search);
        }
        if (query.Phase is { } phase)
        {
            participants = participants.Where(p => db.Trajectories
                .Where(t => t.ParticipantId == p.Id).OrderByDescending(t => t.Episode).Select(t => (TrajectoryPhase?)t.Phase).FirstOrDefault() == phase);
        }
        return participants;
    }

    internal static IQueryable<Row> Page(KixWorksDbContext db, IQueryable<Participant> participants, Query query)
    {
        var ordered = (query.SortKey(SortKeys, "name"), query.Descending) switch
        {
            ("birth", false) => participants.OrderBy(p => p.DateOfBirth),
            ("birth", true) => participants.OrderByDescending(p => p.DateOfBirth),
            ("registered", false) => participants.OrderBy(p => p.RegisteredAt),
            ("registered", true) => participants.OrderByDescending(p => p.RegisteredAt),
            (_, true) => participants.OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName),
            _ => participants.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName),
        };
        // ThenBy(Id) makes pages stable; on SQL Server uniqueidentifier sorts by its last bytes, so ties come in
        // another order there than on SQLite and PostgreSQL (stable all the same).
        return ordered.ThenBy(p => p.Id)
            .Skip((query.PageNumber - 1) * PageInfo.DefaultPageSize)
            .Take(PageInfo.DefaultPageSize)
            .Select(p => new Row(
                p.Id, p.FamilyName, p.FamilyNamePrefix, p.GivenName, p.DateOfBirth, p.TargetGroup,
                db.Trajectories.Where(t => t.ParticipantId == p.Id).OrderByDescending(t => t.Episode).Select(t => (TrajectoryPhase?)t.Phase).FirstOrDefault()));
    }

    public sealed class Handler(KixWorksDbContext db)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var search = query.Search;
            var sort = query.SortKey(SortKeys, "name");
            var participants = Matching(db, query);
            var total = await participants.CountAsync(ct);
            var rows = await Page(db, participants, query).ToListAsync(ct);
            return new Result(new ListState(search, sort, query.Descending, query.PageNumber, PageInfo.DefaultPageSize, total), query.Phase, rows);
        }
    }
}
