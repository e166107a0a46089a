using KixWorks.Web.Features.Participants;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Goals;

/// <summary>Goals are intake answers: consultants only (managers do not see intake answers).</summary>
[Route("participants/{participantId:guid}/goals")]
[Authorize(Policies.EditParticipants)]
public sealed class GoalsController(IStringLocalizer<SharedResource> text) : Controller
{
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
        if (ModelState.IsValid)
        {
            var (outcome, error) = await handler.HandleAsync(command, ct);
            if (outcome == AddGoal.Outcome.NotFound) return NotFound();
            if (outcome == AddGoal.Outcome.Added) return BackToFile(participantId, text["Goals.Added"].Value);
            ModelState.AddModelError("", error!);
        }
        return await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
    }

    [HttpGet("{goalId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid participantId, Guid goalId, [FromServices] RewordGoal.Handler handler, CancellationToken ct) =>
        await handler.LoadAsync(participantId, goalId, ct) is { } command ? View(command) : NotFound();

    [HttpPost("{goalId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid participantId, Guid goalId, RewordGoal.Command command, [FromServices] RewordGoal.Handler handler, CancellationToken ct)
    {
        (command.ParticipantId, command.GoalId) = (participantId, goalId);
        if (ModelState.IsValid)
        {
            var (outcome, error) = await handler.HandleAsync(command, ct);
            if (outcome == RewordGoal.Outcome.NotFound) return NotFound();
            if (outcome == RewordGoal.Outcome.Saved) return BackToFile(participantId, text["Goals.Saved"].Value);
            ModelState.AddModelError("", error!);
        }
        return await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
    }

    /// <summary>Posted from the small form next to each goal on the dossier, which has no page of its own to
    /// show an error on: a refusal comes back as the flash message.</summary>
    [HttpPost("{goalId:guid}/status")]
    public async Task<IActionResult> Status(Guid participantId, Guid goalId, ChangeGoalStatus.Command command, [FromServices] ChangeGoalStatus.Handler handler, CancellationToken ct)
    {
        (command.ParticipantId, command.GoalId) = (participantId, goalId);
        if (!ModelState.IsValid) return BackToFile(participantId, ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage);
        var (outcome, error) = await handler.HandleAsync(command, ct);
        return outcome switch
        {
            ChangeGoalStatus.Outcome.NotFound => NotFound(),
            ChangeGoalStatus.Outcome.Changed => BackToFile(participantId, text["Goals.StatusChanged"].Value),
            _ => BackToFile(participantId, error!),
        };
    }

    private RedirectToActionResult BackToFile(Guid participantId, string flash)
    {
        TempData["Flash"] = flash;
        return RedirectToAction(nameof(ParticipantsController.Details), "Participants", new { id = participantId }, "doelen");
    }
}
