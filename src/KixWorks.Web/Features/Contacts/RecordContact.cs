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

namespace KixWorks.Web.Features.Contacts;

/// <summary>A consultant records a contact with a participant: when, how, and an optional note.</summary>
public static class RecordContact
{
    public sealed class Command
    {
        [BindNever, ValidateNever]
        public Guid ParticipantId { get; set; }
        [Display(Name = "Field.ContactDate")]
        public DateOnly? On { get; set; }
        public ContactChannel? Channel { get; set; }
        public string? Note { get; set; }
        /// <summary>What the form shows; filled by the handler, never posted.</summary>
        [BindNever, ValidateNever]
        public string ParticipantName { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.On).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vul de datum van het contact in als dd-mm-jjjj.").WithErrorCode("Validation.Contact.DateRequired")
                .Must(d => d <= DutchTime.Today(time)).WithMessage("De datum van het contact ligt in de toekomst.").WithErrorCode("Validation.Contact.DateInFuture");
            RuleFor(c => c.Channel).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Kies hoe het contact was.").WithErrorCode("Validation.Contact.ChannelRequired")
                .IsInEnum().WithMessage("Kies een manier van contact uit de lijst.").WithErrorCode("Validation.Contact.ChannelInvalid");
            RuleFor(c => c.Note).MaximumLength(ContactMoment.NoteLength)
                .WithMessage($"De notitie mag hoogstens {ContactMoment.NoteLength} tekens lang zijn.").WithErrorCode("Validation.Contact.NoteTooLong");
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
            var consultantId = currentUser.UserId ?? throw new InvalidOperationException("Only a signed-in consultant records a contact.");
            try
            {
                db.ContactMoments.Add(ContactMoment.Record(command.ParticipantId, consultantId, command.On!.Value, command.Channel!.Value,
                    command.Note, DutchTime.Today(time), time.GetUtcNow()));
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
