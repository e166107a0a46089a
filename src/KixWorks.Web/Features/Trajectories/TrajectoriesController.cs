using KixWorks.Web.Features.Participants;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Trajectories;

[Route("participants/{participantId:guid}/trajectory")]
[Authorize(Policies.EditParticipants)]
public sealed class TrajectoriesController(IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("move")]
    public async Task<IActionResult> Move(Guid participantId, [FromServices] MoveTrajectory.Handler handler, CancellationToken ct) =>
        await handler.LoadAsync(participantId, ct) is { } command ? View(command) : NotFound();

    [HttpPost("move")]
    public async Task<IActionResult> Move(Guid participantId, MoveTrajectory.Command command, [FromServices] MoveTrajectory.Handler handler, CancellationToken ct)
    {
        command.ParticipantId = participantId;
        if (ModelState.IsValid)
        {
            var (outcome, error) = await handler.HandleAsync(command, ct);
            if (outcome == MoveTrajectory.Outcome.NotFound) return NotFound();
            if (outcome == MoveTrajectory.Outcome.Moved) return BackToFile(participantId, "Trajectories.Moved");
            ModelState.AddModelError("", error!);
        }
        return await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
    }

    [HttpPost("restart")]
    public async Task<IActionResult> Restart(Guid participantId, [FromServices] RestartTrajectory.Handler handler, [FromServices] MoveTrajectory.Handler form, CancellationToken ct)
    {
        var (outcome, error) = await handler.HandleAsync(new RestartTrajectory.Command { ParticipantId = participantId }, ct);
        if (outcome == RestartTrajectory.Outcome.NotFound) return NotFound();
        if (outcome == RestartTrajectory.Outcome.Restarted) return BackToFile(participantId, "Trajectories.Restarted");
        ModelState.AddModelError("", error!);
        return await form.LoadAsync(participantId, ct) is { } command ? View(nameof(Move), command) : NotFound();
    }

    private RedirectToActionResult BackToFile(Guid participantId, string flashKey)
    {
        TempData["Flash"] = text[flashKey].Value;
        return RedirectToAction(nameof(ParticipantsController.Details), "Participants", new { id = participantId });
    }
}
