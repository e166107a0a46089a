using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Trajectories;
using KixWorks.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Trajectories;

/// <summary>A consultant moves the participant's latest trajectory to another phase; the domain decides which moves are allowed.</summary>
public static class MoveTrajectory
{
    public sealed class Command
    {
        public Guid ParticipantId { get; set; }
        public Guid TrajectoryId { get; set; }
        public TrajectoryPhase? To { get; set; }
        public string? Reason { get; set; }
        /// <summary>The version the form was loaded with; a newer one in the database is a conflict.</summary>
        public int Version { get; set; }
        /// <summary>What the form shows; filled by the handler, never posted.</summary>
        [BindNever, ValidateNever]
        public Current? Current { get; set; }
    }

    public sealed record Current(int Episode, TrajectoryPhase Phase, IReadOnlyList<TrajectoryPhase> AllowedMoves);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.To).NotNull().WithMessage("Kies de nieuwe fase.").WithErrorCode("Validation.Trajectory.PhaseRequired");
            RuleFor(c => c.Reason).NotEmpty().When(c => c.To is TrajectoryPhase.Paused or TrajectoryPhase.Dropped)
                .WithMessage("Geef een reden op bij pauzeren of afbreken.").WithErrorCode("Validation.Trajectory.ReasonRequired");
            RuleFor(c => c.Reason).MaximumLength(Limits.ReasonLength)
                .WithMessage($"De reden mag hoogstens {Limits.ReasonLength} tekens lang zijn.").WithErrorCode("Validation.Trajectory.ReasonTooLong");
        }
    }

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, IStringLocalizer<SharedResource> text)
    {
        private IQueryable<Trajectory> Latest(Guid participantId) =>
            db.Trajectories.Where(t => t.ParticipantId == participantId).OrderByDescending(t => t.Episode);

        /// <returns>The form for the latest trajectory, or null when the participant has none in the active gemeente.</returns>
        public async Task<Command?> LoadAsync(Guid participantId, CancellationToken ct)
        {
            var trajectory = await Latest(participantId).AsNoTracking().FirstOrDefaultAsync(ct);
            if (trajectory is null) return null;
            return new Command
            {
                ParticipantId = participantId,
                TrajectoryId = trajectory.Id,
                Version = trajectory.Version,
                Current = Describe(trajectory),
            };
        }

        /// <summary>Refills what a re-shown form displays; false when there is no trajectory to show.</summary>
        public async Task<bool> DescribeAsync(Command command, CancellationToken ct)
        {
            var trajectory = await Latest(command.ParticipantId).AsNoTracking().FirstOrDefaultAsync(ct);
            command.Current = trajectory is null ? null : Describe(trajectory);
            return trajectory is not null;
        }

        private static Current Describe(Trajectory trajectory) => new(trajectory.Episode, trajectory.Phase, trajectory.AllowedMoves());

        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            var trajectory = await Latest(command.ParticipantId).Include(t => t.Moves).FirstOrDefaultAsync(ct);
            if (trajectory is null || trajectory.Id != command.TrajectoryId) return CommandResult.NotFound;
            var conflict = text["Trajectories.Error.Conflict"].Value;
            // Checked before the domain rule: a move from a stale form is a conflict, not a forbidden move.
            if (trajectory.Version != command.Version) return CommandResult.Conflict(conflict);

            db.Entry(trajectory).Property(t => t.Version).OriginalValue = command.Version;
            try
            {
                trajectory.MoveTo(command.To!.Value, time.GetUtcNow(), command.Reason);
                await db.SaveChangesAsync(ct);
                return CommandResult.Done;
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Conflict(conflict);
            }
        }
    }
}
