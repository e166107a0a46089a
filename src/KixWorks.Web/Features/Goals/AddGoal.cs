using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Features.Participants;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Goals;

/// <summary>A consultant writes down a goal of the participant, in the participant's own words.</summary>
public static class AddGoal
{
    public sealed class Command : IGoalWords
    {
        [BindNever, ValidateNever]
        public Guid ParticipantId { get; set; }
        public string? OwnWords { get; set; }
        public string? SimpleWords { get; set; }
        /// <summary>What the form shows; filled by the handler, never posted.</summary>
        [BindNever, ValidateNever]
        public string ParticipantName { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => GoalWords.AddRules(this);
    }

    public sealed class Handler(KixWorksDbContext db, TimeProvider time)
    {
        /// <summary>Fills what the form shows; false when the participant is not in the active gemeente.</summary>
        public async Task<bool> DescribeAsync(Command command, CancellationToken ct)
        {
            var name = await ParticipantName.OfAsync(db, command.ParticipantId, ct);
            command.ParticipantName = name ?? "";
            return name is not null;
        }

        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            if (!await db.Participants.AnyAsync(p => p.Id == command.ParticipantId, ct)) return CommandResult.NotFound;
            try
            {
                db.Goals.Add(Goal.Add(command.ParticipantId, command.OwnWords!, command.SimpleWords, time.GetUtcNow()));
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
