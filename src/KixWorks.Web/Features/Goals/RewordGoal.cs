using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Data;
using KixWorks.Web.Features.Participants;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Goals;

/// <summary>A consultant changes the wording of a goal: the participant's own words and the simple version for the plan.</summary>
public static class RewordGoal
{
    public sealed class Command : IGoalWords
    {
        [BindNever, ValidateNever]
        public Guid ParticipantId { get; set; }
        [BindNever, ValidateNever]
        public Guid GoalId { get; set; }
        public string? OwnWords { get; set; }
        public string? SimpleWords { get; set; }
        [BindNever, ValidateNever]
        public string ParticipantName { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => GoalWords.AddRules(this);
    }

    public sealed class Handler(KixWorksDbContext db)
    {
        /// <returns>The form with the current wording, or null when there is no such goal in the active gemeente.</returns>
        public async Task<Command?> LoadAsync(Guid participantId, Guid goalId, CancellationToken ct)
        {
            var goal = await db.Goals.AsNoTracking().Where(g => g.Id == goalId && g.ParticipantId == participantId)
                .Select(g => new { g.OwnWords, g.SimpleWords }).SingleOrDefaultAsync(ct);
            if (goal is null) return null;
            var command = new Command { ParticipantId = participantId, GoalId = goalId, OwnWords = goal.OwnWords, SimpleWords = goal.SimpleWords };
            return await DescribeAsync(command, ct) ? command : null;
        }

        public async Task<bool> DescribeAsync(Command command, CancellationToken ct)
        {
            var name = await ParticipantName.OfAsync(db, command.ParticipantId, ct);
            command.ParticipantName = name ?? "";
            return name is not null;
        }

        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == command.GoalId && g.ParticipantId == command.ParticipantId, ct);
            if (goal is null) return CommandResult.NotFound;
            try
            {
                goal.Reword(command.OwnWords!, command.SimpleWords);
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
