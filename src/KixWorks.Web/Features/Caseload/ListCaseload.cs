using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Data;
using KixWorks.Web.Features.Shared;
using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Caseload;

/// <summary>"Mijn deelnemers": the signed-in consultant's participants in the active gemeente. Overdue contacts
/// (by the frequency agreed in the intake) first, most overdue on top; then those never contacted; then the
/// longest without contact.</summary>
public static class ListCaseload
{
    public sealed class Query : ListQuery;

    public sealed record Row(Guid Id, string FamilyName, string? FamilyNamePrefix, string GivenName, TrajectoryPhase? Phase, DateOnly? LastContact,
        int? DaysSinceContact, DateOnly? NextContact, int DaysLate)
    {
        public bool Overdue => DaysLate > 0;

        public string SortName => Participant.SortableName(FamilyName, GivenName, FamilyNamePrefix);
    }

    public sealed record Result(ListState State, IReadOnlyList<Row> Rows);

    internal sealed class Agreement
    {
        public ContactFrequency? ContactFrequency { get; init; }
        public DateTimeOffset StartedAt { get; init; }
    }

    internal sealed class Candidate
    {
        public Guid Id { get; init; }
        public required string FamilyName { get; init; }
        public string? FamilyNamePrefix { get; init; }
        public required string GivenName { get; init; }
        public TrajectoryPhase? Phase { get; init; }
        public DateOnly? LastContact { get; init; }
        public Agreement? Agreement { get; init; }
    }

    /// <summary>The consultant's participants with what the ordering needs, as one query (SqlServerScriptTests parses its SQL).</summary>
    internal static IQueryable<Candidate> Mine(KixWorksDbContext db, Guid consultant) =>
        db.Participants.AsNoTracking()
            .Where(p => p.ConsultantId == consultant)
            .Select(p => new Candidate
            {
                Id = p.Id, FamilyName = p.FamilyName, FamilyNamePrefix = p.FamilyNamePrefix, GivenName = p.GivenName,
                Phase = db.Trajectories.Where(t => t.ParticipantId == p.Id).OrderByDescending(t => t.Episode).Select(t => (TrajectoryPhase?)t.Phase).FirstOrDefault(),
                LastContact = db.ContactMoments.Where(c => c.ParticipantId == p.Id).Max(c => (DateOnly?)c.On),
                Agreement = db.Intakes.Where(i => i.ParticipantId == p.Id && i.ContactFrequency != null).OrderByDescending(i => i.Number)
                    .Select(i => new Agreement { ContactFrequency = i.ContactFrequency, StartedAt = i.StartedAt }).FirstOrDefault(),
            });

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, ICurrentUser currentUser)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var me = currentUser.UserId ?? throw new InvalidOperationException("The caseload belongs to a signed-in consultant.");
            var mine = Mine(db, me);

            // A caseload is tens of people, not thousands: "overdue" depends on each person's agreement, so it is
            // worked out here rather than in SQL date arithmetic that differs per provider.
            var today = DutchTime.Today(time);
            var all = (await mine.ToListAsync(ct)).Select(p =>
            {
                DateOnly? next = p.Agreement?.ContactFrequency is { } frequency
                    ? ContactAgreement.NextContact(p.LastContact, DutchTime.DateOf(p.Agreement.StartedAt), frequency)
                    : null;
                return new Row(p.Id, p.FamilyName, p.FamilyNamePrefix, p.GivenName, p.Phase, p.LastContact,
                    p.LastContact is { } last ? today.DayNumber - last.DayNumber : null,
                    next, next is { } due ? today.DayNumber - due.DayNumber : 0);
            });
            var ordered = all
                .OrderBy(r => r.Overdue ? 0 : r.LastContact is null ? 1 : 2)
                .ThenByDescending(r => r.Overdue ? r.DaysLate : 0)
                .ThenBy(r => r.LastContact)
                .ThenBy(r => r.FamilyName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.GivenName, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
            var page = ordered.Skip((query.PageNumber - 1) * PageInfo.DefaultPageSize).Take(PageInfo.DefaultPageSize).ToList();
            return new Result(new ListState(null, "contact", false, query.PageNumber, PageInfo.DefaultPageSize, ordered.Count), page);
        }
    }
}
