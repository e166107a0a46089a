using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Features.AccessLog;
using KixWorks.Web.Features.Contacts;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Plans;

/// <summary>"Mijn plan": a printable page for the participant, in simple Dutch (B1): their goals, their
/// consultant and how they keep in touch. Goals are intake answers, so consultants only.</summary>
public static class ShowPlan
{
    /// <summary>Stopped goals are not on the plan.</summary>
    public sealed record PlanGoal(string Words, GoalStatus Status);

    public sealed record Consultant(string Name, string? Email);

    /// <summary>What "Zo houden we contact" shows; the agreed frequency and the next contact come later.</summary>
    public sealed record Model(Guid ParticipantId, string FullName, IReadOnlyList<PlanGoal> Goals, Consultant? Consultant, NextAgreedContact.Model Contact, DateOnly PrintedOn);

    public sealed class Handler(KixWorksDbContext db, RecordFileView.Handler recordView, NextAgreedContact.Handler nextContact, TimeProvider time)
    {
        /// <returns>Null when there is no such participant in the active gemeente.</returns>
        public async Task<Model?> HandleAsync(Guid participantId, CancellationToken ct)
        {
            var participant = await db.Participants.AsNoTracking().Where(p => p.Id == participantId)
                .Select(p => new { p.GivenName, p.FamilyNamePrefix, p.FamilyName, p.ConsultantId }).SingleOrDefaultAsync(ct);
            if (participant is null) return null;
            await recordView.HandleAsync(participantId, FilePart.Plan, ct);

            var goals = await db.Goals.AsNoTracking()
                .Where(g => g.ParticipantId == participantId && g.Status != GoalStatus.Stopped)
                .OrderBy(g => g.CreatedAt)
                .Select(g => new PlanGoal(g.SimpleWords ?? g.OwnWords, g.Status))
                .ToListAsync(ct);
            var consultant = participant.ConsultantId is { } consultantId
                ? await db.Users.AsNoTracking().Where(u => u.Id == consultantId).Select(u => new Consultant(u.DisplayName, u.Email)).SingleOrDefaultAsync(ct)
                : null;
            var fullName = Participant.DisplayName(participant.GivenName, participant.FamilyNamePrefix, participant.FamilyName);
            return new Model(participantId, fullName, goals, consultant, await nextContact.HandleAsync(participantId, ct), DutchTime.Today(time));
        }
    }
}
