using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Web.Data;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.Web.Features.Participants;

/// <summary>Registers a participant in the active gemeente and opens their first trajectory (Intake).</summary>
public static class RegisterParticipant
{
    public sealed class Command : ParticipantFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time) => Include(new ParticipantFieldsRules(time));
    }

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, IHttpContextAccessor http, ILogger<Handler> logger)
    {
        /// <returns>The new participant's id, or the domain rule that refused it.</returns>
        public async Task<(Guid? Id, string? Error)> HandleAsync(Command command, CancellationToken ct)
        {
            var now = time.GetUtcNow();
            Participant participant;
            try
            {
                // The registering consultant becomes the responsible one ("Mijn deelnemers").
                var consultantId = http.HttpContext is { } context ? ClaimsPrincipalExtensions.UserId(context.User) : null;
                participant = Participant.Register(command.ToDetails(), now, consultantId);
            }
            catch (DomainException e)
            {
                return (null, e.Message);
            }
            db.Participants.Add(participant);
            db.Trajectories.Add(Trajectory.Start(participant.Id, db.CurrentMunicipalityId, 1, now));
            // One SaveChanges: the participant and their trajectory land together or not at all.
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Participant {ParticipantId} registered", participant.Id);
            return (participant.Id, null);
        }
    }
}
