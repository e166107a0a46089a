using KixWorks.Web.Features.Participants;
using KixWorks.Web.Features.Shared;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Goals;

/// <summary>Goals are intake answers: consultants only (managers do not see intake answers).</summary>
[Route("participants/{participantId:guid}/goals")]
[Authorize(Policies.EditParticipants)]
public sealed class GoalsController : Controller
{
    private const string Section = "doelen";

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid participantId, [FromServices] AddGoal.Handler handler, CancellationToken ct)
    {
        var command = new AddGoal.Command { ParticipantId = participantId };
        return await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid participantId, AddGoal.Command command, [FromServices] AddGoal.Handler handler, CancellationToken ct)
    {
        command.ParticipantId = participantId;
        async Task<IActionResult> Form() => await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
        if (!ModelState.IsValid) return await Form();
        return await this.RespondAsync(await handler.HandleAsync(command, ct), () => this.Flash("Goals.Added").ToFile(participantId, Section), Form);
    }

    [HttpGet("{goalId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid participantId, Guid goalId, [FromServices] RewordGoal.Handler handler, CancellationToken ct) =>
        await handler.LoadAsync(participantId, goalId, ct) is { } command ? View(command) : NotFound();

    [HttpPost("{goalId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid participantId, Guid goalId, RewordGoal.Command command, [FromServices] RewordGoal.Handler handler, CancellationToken ct)
    {
        (command.ParticipantId, command.GoalId) = (participantId, goalId);
        async Task<IActionResult> Form() => await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
        if (!ModelState.IsValid) return await Form();
        return await this.RespondAsync(await handler.HandleAsync(command, ct), () => this.Flash("Goals.Saved").ToFile(participantId, Section), Form);
    }

    /// <summary>Posted from the small form next to each goal on the dossier, which has no page of its own to
    /// show an error on: a refusal comes back as the flash message.</summary>
    [HttpPost("{goalId:guid}/status")]
    public async Task<IActionResult> Status(Guid participantId, Guid goalId, ChangeGoalStatus.Command command, [FromServices] ChangeGoalStatus.Handler handler, CancellationToken ct)
    {
        (command.ParticipantId, command.GoalId) = (participantId, goalId);
        var result = ModelState.IsValid ? await handler.HandleAsync(command, ct) : ModelState.AsRefusal();
        return this.RespondWithFlash(result, "Goals.StatusChanged", () => this.ToFile(participantId, Section));
    }
}
