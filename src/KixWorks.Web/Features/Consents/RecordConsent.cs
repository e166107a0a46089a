using System.ComponentModel.DataAnnotations;
using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using KixWorks.Web.Features.Participants;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Consents;

/// <summary>A consultant records a participant's answer (given or refused) for one consent purpose.</summary>
public static class RecordConsent
{
    public sealed class Command
    {
        [BindNever, ValidateNever]
        public Guid ParticipantId { get; set; }
        public ConsentPurpose? Purpose { get; set; }
        public ConsentAnswer? Answer { get; set; }
        [Display(Name = "Field.ConsentDate")]
        public DateOnly? On { get; set; }
        /// <summary>What the form shows; filled by the handler, never posted.</summary>
        [BindNever, ValidateNever]
        public string ParticipantName { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.Purpose).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Kies waarvoor de toestemming is.").WithErrorCode("Validation.Consent.PurposeRequired")
                .IsInEnum().WithMessage("Kies een doel uit de lijst.").WithErrorCode("Validation.Consent.PurposeInvalid");
            RuleFor(c => c.Answer).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Kies het antwoord van de deelnemer.").WithErrorCode("Validation.Consent.AnswerRequired")
                .IsInEnum().WithMessage("Kies een antwoord uit de lijst.").WithErrorCode("Validation.Consent.AnswerInvalid");
            RuleFor(c => c.On).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vul de datum van het antwoord in als dd-mm-jjjj.").WithErrorCode("Validation.Consent.DateRequired")
                .Must(d => d <= DutchTime.Today(time)).WithMessage("De datum van de toestemming ligt in de toekomst.").WithErrorCode("Validation.Consent.DateInFuture");
        }
    }

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, ICurrentUser currentUser)
    {
        /// <summary>Fills what the form shows; false when the participant is not in the active gemeente.</summary>
        public async Task<bool> DescribeAsync(Command command, CancellationToken ct)
        {
            if (await ParticipantName.OfAsync(db, command.ParticipantId, ct) is not { } name) return false;
            command.ParticipantName = name;
            return true;
        }

        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            if (!await db.Participants.AnyAsync(p => p.Id == command.ParticipantId, ct)) return CommandResult.NotFound;
            var userId = currentUser.UserId ?? throw new InvalidOperationException("Only a signed-in consultant records a consent.");
            try
            {
                db.Consents.Add(Consent.Record(command.ParticipantId, command.Purpose!.Value, command.Answer!.Value, command.On!.Value,
                    userId, DutchTime.Today(time), time.GetUtcNow()));
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
