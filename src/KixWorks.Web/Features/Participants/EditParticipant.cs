using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Features.AccessLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Participants;

public static class EditParticipant
{
    public sealed class Command : ParticipantFields
    {
        public Guid Id { get; set; }
        /// <summary>The version the form was loaded with; a newer one in the database is an edit conflict.</summary>
        public int Version { get; set; }
        public bool RemoveBsn { get; set; }
        /// <summary>Display only ("•••••6789"), carried in a hidden field so a re-shown form still has it; the handler ignores it.</summary>
        public string? MaskedBsn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            Include(new ParticipantFieldsRules(time));
            RuleFor(c => c.Bsn).Empty().When(c => c.RemoveBsn)
                .WithMessage("Vul geen nieuw BSN in als u het BSN verwijdert.").WithErrorCode("Validation.Participant.BsnKeepOrRemove");
        }
    }

    public sealed class Handler(KixWorksDbContext db, RecordFileView.Handler recordView, IStringLocalizer<SharedResource> text)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken ct)
        {
            var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
            if (participant is null) return null;
            await recordView.HandleAsync(id, FilePart.PersonalDetailsForm, ct);
            var command = new Command { Id = participant.Id, Version = participant.Version, MaskedBsn = participant.Bsn is { } bsn ? Bsn.Mask(bsn) : null };
            command.CopyFrom(participant);
            return command;
        }

        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == command.Id, ct);
            if (participant is null) return CommandResult.NotFound;

            db.Entry(participant).Property(p => p.Version).OriginalValue = command.Version;
            try
            {
                participant.Update(command.ToDetails());
                if (command.RemoveBsn) participant.ChangeBsn(null);
                else if (command.TypedBsn() is { } bsn) participant.ChangeBsn(bsn);
                var bsnTaken = CommandResult.Refused(text["Participants.Error.BsnTaken"].Value, nameof(Command.Bsn));
                if (await ParticipantBsn.TakenAsync(db, participant.Bsn, participant.Id, ct)) return bsnTaken;
                return await ParticipantBsn.SaveAsync(db, ct) ? CommandResult.Done : bsnTaken;
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Conflict(text["Participants.Error.EditConflict"].Value);
            }
        }
    }
}
