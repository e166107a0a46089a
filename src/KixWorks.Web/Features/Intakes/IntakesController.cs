using KixWorks.Web.Features.Participants;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Intakes;

[Route("participants/{participantId:guid}/intake")]
[Authorize(Policies.RunIntake)]
public sealed class IntakesController(IAuthorizationService authorization) : Controller
{
    [HttpPost("start")]
    public async Task<IActionResult> Start(Guid participantId, [FromServices] StartIntake.Handler handler, CancellationToken ct) =>
        await this.RespondAsync(await handler.HandleAsync(participantId, ct),
            number => RedirectToAction(nameof(Step), new { participantId, number, step = 1 }), NotFound);

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Review(Guid participantId, int number, [FromServices] ReviewIntake.Handler handler, CancellationToken ct)
    {
        var mayViewHealth = (await authorization.AuthorizeAsync(User, Policies.ViewHealthLimitations)).Succeeded;
        return await handler.HandleAsync(participantId, number, mayViewHealth, ct) is { } model ? View(nameof(Review), model) : NotFound();
    }

    [HttpPost("{number:int}/complete")]
    public async Task<IActionResult> Complete(Guid participantId, int number, [FromServices] CompleteIntake.Handler handler,
        [FromServices] ReviewIntake.Handler review, CancellationToken ct)
    {
        return await this.RespondAsync(await handler.HandleAsync(participantId, number, ct),
            () => this.Flash("Intakes.Completed").ToFile(participantId), () => Review(participantId, number, review, ct));
    }

    [HttpGet("{number:int}/step/{step:int}")]
    public async Task<IActionResult> Step(Guid participantId, int number, int step, [FromServices] SaveIntakeStep.Handler handler, CancellationToken ct)
    {
        if (IntakeStepForm.For(step) is not { } form) return NotFound();
        if (!await MayOpenAsync(form)) return Forbid();
        (form.ParticipantId, form.Number) = (participantId, number);
        return await handler.LoadAsync(form, ct) ? View(form.Step.ToString(), form) : NotFound();
    }

    [HttpPost("{number:int}/step/1")]
    public Task<IActionResult> SaveWhoYouAre(Guid participantId, int number, WhoYouAreForm form, [FromServices] SaveIntakeStep.Handler handler, CancellationToken ct) =>
        SaveAsync(participantId, number, form, handler, ct);

    [HttpPost("{number:int}/step/2")]
    public Task<IActionResult> SaveWhatYouCan(Guid participantId, int number, WhatYouCanForm form, [FromServices] SaveIntakeStep.Handler handler, CancellationToken ct) =>
        SaveAsync(participantId, number, form, handler, ct);

    [HttpPost("{number:int}/step/3")]
    public Task<IActionResult> SaveWhatYouWant(Guid participantId, int number, WhatYouWantForm form, [FromServices] SaveIntakeStep.Handler handler, CancellationToken ct) =>
        SaveAsync(participantId, number, form, handler, ct);

    [HttpPost("{number:int}/step/4")]
    public Task<IActionResult> SaveBarriers(Guid participantId, int number, BarriersForm form, [FromServices] SaveIntakeStep.Handler handler, CancellationToken ct) =>
        SaveAsync(participantId, number, form, handler, ct);

    [HttpPost("{number:int}/step/5")]
    public Task<IActionResult> SaveDiversity(Guid participantId, int number, DiversityForm form, [FromServices] SaveIntakeStep.Handler handler, CancellationToken ct) =>
        SaveAsync(participantId, number, form, handler, ct);

    [HttpPost("{number:int}/step/6")]
    public Task<IActionResult> SaveHealth(Guid participantId, int number, HealthForm form, [FromServices] SaveIntakeStep.Handler handler, CancellationToken ct) =>
        SaveAsync(participantId, number, form, handler, ct);

    [HttpPost("{number:int}/step/7")]
    public Task<IActionResult> SaveLadderAndContact(Guid participantId, int number, LadderAndContactForm form, [FromServices] SaveIntakeStep.Handler handler, CancellationToken ct) =>
        SaveAsync(participantId, number, form, handler, ct);

    private async Task<IActionResult> SaveAsync(Guid participantId, int number, IntakeStepForm form, SaveIntakeStep.Handler handler, CancellationToken ct)
    {
        if (!await MayOpenAsync(form)) return Forbid();
        (form.ParticipantId, form.Number) = (participantId, number);
        async Task<IActionResult> Form() => await handler.DescribeAsync(form, ct) ? View(form.Step.ToString(), form) : NotFound();
        if (!ModelState.IsValid) return await Form();
        var result = await handler.HandleAsync(form, ct);
        // The revision may have moved on (conflict): render the form's value, not the posted one.
        if (!result.IsDone) ModelState.Remove(nameof(IntakeStepForm.Revision));
        return await this.RespondAsync(result, () => !form.Continue ? this.Flash("Intakes.SavedForLater").ToFile(participantId)
            : (int)form.Step < Domain.Intakes.Intake.StepCount ? RedirectToAction(nameof(Step), new { participantId, number, step = (int)form.Step + 1 })
            : RedirectToAction(nameof(Review), new { participantId, number }), Form);
    }

    private async Task<bool> MayOpenAsync(IntakeStepForm form) =>
        form.Step != Domain.Intakes.IntakeStep.Health || (await authorization.AuthorizeAsync(User, Policies.ViewHealthLimitations)).Succeeded;
}
