using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Participants;

/// <summary>Registers a participant in the active gemeente and opens their first trajectory (Intake).</summary>
public static class RegisterParticipant
{
    public sealed class Command : ParticipantFields
    {
        /// <summary>Ticked after the duplicate warning: "Dit is een andere persoon, toch registreren".</summary>
        public bool NotADuplicate { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time) => Include(new ParticipantFieldsRules(time));
    }

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, ICurrentUser currentUser, IStringLocalizer<SharedResource> text, ILogger<Handler> logger)
    {
        /// <returns>Done with the new participant's id, or a conflict with the id of the one that looks the same.</returns>
        public async Task<CommandResult<Guid>> HandleAsync(Command command, CancellationToken ct)
        {
            var now = time.GetUtcNow();
            Participant participant;
            try
            {
                // The registering consultant becomes the responsible one ("Mijn deelnemers").
                var consultantId = currentUser.UserId;
                participant = Participant.Register(command.ToDetails(), now, consultantId);
                participant.ChangeBsn(command.TypedBsn());
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
            if (!command.NotADuplicate && await FindLookAlikeAsync(participant, ct) is { } existing)
                return CommandResult.Conflict(text["Participants.Duplicate.Warning"].Value).With(existing);
            var bsnTaken = CommandResult.Refused(text["Participants.Error.BsnTaken"].Value, nameof(Command.Bsn));
            if (await ParticipantBsn.TakenAsync(db, participant.Bsn, participant.Id, ct)) return bsnTaken;

            db.Participants.Add(participant);
            db.Trajectories.Add(Trajectory.Start(participant.Id, db.CurrentMunicipalityId, 1, now));
            // One SaveChanges: the participant and their trajectory land together or not at all.
            if (!await ParticipantBsn.SaveAsync(db, ct)) return bsnTaken;
            logger.LogInformation("Participant {ParticipantId} registered", participant.Id);
            return CommandResult.Done.With(participant.Id);
        }

        /// <summary>Same date of birth and <see cref="Participant.SameName"/>, in the active gemeente (the tenant filter).
        /// Only the date is compared in SQL: SQLite's lower() knows only ASCII, so names are compared here.</summary>
        private async Task<Guid?> FindLookAlikeAsync(Participant participant, CancellationToken ct)
        {
            var sameBirthday = await db.Participants.AsNoTracking()
                .Where(p => p.DateOfBirth == participant.DateOfBirth)
                .OrderBy(p => p.RegisteredAt)
                .Select(p => new { p.Id, p.GivenName, p.FamilyName })
                .ToListAsync(ct);
            return sameBirthday.FirstOrDefault(p => Participant.SameName(p.GivenName, p.FamilyName, participant.GivenName, participant.FamilyName))?.Id;
        }
    }
}
