using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Goals;

/// <summary>A consultant sets the status of a goal, from the small form next to each goal on the dossier.</summary>
public static class ChangeGoalStatus
{
    public sealed class Command
    {
        [BindNever, ValidateNever]
        public Guid ParticipantId { get; set; }
        [BindNever, ValidateNever]
        public Guid GoalId { get; set; }
        public GoalStatus? Status { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Kies een status.").WithErrorCode("Validation.Goal.StatusRequired")
                .IsInEnum().WithMessage("Kies een status uit de lijst.").WithErrorCode("Validation.Goal.StatusInvalid");
        }
    }

    public sealed class Handler(KixWorksDbContext db, TimeProvider time)
    {
        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == command.GoalId && g.ParticipantId == command.ParticipantId, ct);
            if (goal is null) return CommandResult.NotFound;
            try
            {
                goal.ChangeStatus(command.Status!.Value, time.GetUtcNow());
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
            await db.SaveChangesAsync(ct);
            return CommandResult.Done;
        }
    }
}
