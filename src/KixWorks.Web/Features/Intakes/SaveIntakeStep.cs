using KixWorks.Domain.Common;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Web.Features.AccessLog;
using KixWorks.Web.Features.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Shows and saves one step of an intake. Each step is saved on its own, so nothing typed in an
/// earlier sitting is lost; a colleague's save of the same step in between is reported, never overwritten.</summary>
public static class SaveIntakeStep
{

    public sealed class Handler(KixWorksDbContext db, TimeProvider time, RecordFileView.Handler recordView, IStringLocalizer<SharedResource> text, ILogger<Handler> logger)
    {
        /// <returns>False when the participant has no such intake in the active gemeente.</returns>
        public async Task<bool> LoadAsync(IntakeStepForm form, CancellationToken ct)
        {
            var intake = await FindAsync(form, tracked: false, ct);
            if (intake is null) return false;
            var health = form.Step == IntakeStep.Health
                ? await db.HealthLimitations.AsNoTracking().SingleOrDefaultAsync(h => h.IntakeId == intake.Id, ct)
                : null;
            form.LoadFrom(intake, health);
            form.Revision = intake.Revision(form.Step);
            await DescribeAsync(form, intake, ct);
            await recordView.HandleAsync(form.ParticipantId, form.Step == IntakeStep.Health ? FilePart.HealthLimitations : FilePart.Intake, ct);
            return true;
        }

        /// <summary>Fills what the page shows around the form (name, step list), e.g. to show a refused form again.</summary>
        public async Task<bool> DescribeAsync(IntakeStepForm form, CancellationToken ct) =>
            await FindAsync(form, tracked: false, ct) is { } intake && await DescribeAsync(form, intake, ct);

        public async Task<CommandResult> HandleAsync(IntakeStepForm form, CancellationToken ct)
        {
            var intake = await FindAsync(form, tracked: true, ct);
            if (intake is null) return CommandResult.NotFound;
            if (intake.IsCompleted) return CommandResult.Refused(text["Intakes.Error.Completed"].Value);
            if (intake.Revision(form.Step) != form.Revision) return Conflict(form, intake.Revision(form.Step));

            HealthLimitations? health = null;
            if (form.Step == IntakeStep.Health)
            {
                health = await db.HealthLimitations.SingleOrDefaultAsync(h => h.IntakeId == intake.Id, ct);
                if (health is null) db.HealthLimitations.Add(health = HealthLimitations.For(intake));
            }
            try
            {
                form.ApplyTo(intake, health);
                db.Goals.AddRange(form.NewGoals(intake, time.GetUtcNow()));
                await db.SaveChangesAsync(ct);
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Saved by someone else between our read and our write: same answer as the revision check above.
                db.ChangeTracker.Clear();
                var current = await FindAsync(form, tracked: false, ct);
                return current is null ? CommandResult.NotFound : Conflict(form, current.Revision(form.Step));
            }
            logger.LogInformation("Intake {IntakeId} step {Step} saved", intake.Id, form.Step);
            return CommandResult.Done;
        }

        /// <summary>The user's answers stay in the form; the form now carries the colleague's revision,
        /// so saving again is a deliberate choice to keep these answers.</summary>
        private CommandResult Conflict(IntakeStepForm form, int currentRevision)
        {
            form.Revision = currentRevision;
            return CommandResult.Conflict(text["Intakes.Error.Conflict"].Value);
        }

        private Task<Intake?> FindAsync(IntakeStepForm form, bool tracked, CancellationToken ct)
        {
            var intakes = tracked ? db.Intakes : db.Intakes.AsNoTracking();
            return intakes.SingleOrDefaultAsync(i => i.ParticipantId == form.ParticipantId && i.Number == form.Number, ct);
        }

        private async Task<bool> DescribeAsync(IntakeStepForm form, Intake intake, CancellationToken ct)
        {
            form.ParticipantName = (await ParticipantName.OfAsync(db, form.ParticipantId, ct))!;
            form.Saved = Enum.GetValues<IntakeStep>().Select(intake.IsSaved).ToList();
            if (form is WhatYouWantForm wants)
            {
                wants.ExistingGoals = await db.Goals.AsNoTracking().Where(g => g.ParticipantId == form.ParticipantId && g.Status != GoalStatus.Stopped)
                    .OrderBy(g => g.CreatedAt).Select(g => g.OwnWords).ToListAsync(ct);
            }
            return true;
        }
    }
}
