using KixWorks.Domain.Common;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Completes an intake after the check page. From then on it is a record: changes go into a re-intake.</summary>
public static class CompleteIntake
{

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, ICurrentUser currentUser, IStringLocalizer<SharedResource> text, ILogger<Handler> logger)
    {
        public async Task<CommandResult> HandleAsync(Guid participantId, int number, CancellationToken ct)
        {
            var intake = await db.Intakes.SingleOrDefaultAsync(i => i.ParticipantId == participantId && i.Number == number, ct);
            if (intake is null) return CommandResult.NotFound;
            var me = currentUser.UserId ?? throw new InvalidOperationException("An intake is completed by a signed-in consultant.");
            try
            {
                intake.Complete(me, time.GetUtcNow());
                await db.SaveChangesAsync(ct);
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Refused(text["Intakes.Error.CompleteConflict"].Value);
            }
            logger.LogInformation("Intake {IntakeId} completed", intake.Id);
            return CommandResult.Done;
        }
    }
}
