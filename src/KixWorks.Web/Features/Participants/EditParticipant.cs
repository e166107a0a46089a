using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Web.Data;
using KixWorks.Web.Features.AccessLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Participants;

public static class EditParticipant
{
    public sealed class Command : ParticipantFields
    {
        public Guid Id { get; set; }
        /// <summary>The version the form was loaded with; a newer one in the database is an edit conflict.</summary>
        public int Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time) => Include(new ParticipantFieldsRules(time));
    }

    public enum Outcome { Saved, NotFound, Conflict, Refused }

    public sealed class Handler(KixWorksDbContext db, RecordFileView.Handler recordView, IStringLocalizer<SharedResource> text)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken ct)
        {
            var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
            if (participant is null) return null;
            await recordView.HandleAsync(id, FilePart.PersonalDetailsForm, ct);
            var command = new Command { Id = participant.Id, Version = participant.Version };
            command.CopyFrom(participant);
            return command;
        }

        public async Task<(Outcome Outcome, string? Error)> HandleAsync(Command command, CancellationToken ct)
        {
            var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == command.Id, ct);
            if (participant is null) return (Outcome.NotFound, null);

            db.Entry(participant).Property(p => p.Version).OriginalValue = command.Version;
            try
            {
                participant.Update(command.ToDetails());
                await db.SaveChangesAsync(ct);
                return (Outcome.Saved, null);
            }
            catch (DomainException e)
            {
                return (Outcome.Refused, e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return (Outcome.Conflict, text["Participants.Error.EditConflict"].Value);
            }
        }
    }
}
