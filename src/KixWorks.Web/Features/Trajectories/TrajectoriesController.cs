using KixWorks.Web.Features.Participants;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Trajectories;

[Route("participants/{participantId:guid}/trajectory")]
[Authorize(Policies.EditParticipants)]
public sealed class TrajectoriesController : Controller
{
    [HttpGet("move")]
    public async Task<IActionResult> Move(Guid participantId, [FromServices] MoveTrajectory.Handler handler, CancellationToken ct) =>
        await handler.LoadAsync(participantId, ct) is { } command ? View(command) : NotFound();

    [HttpPost("move")]
    public async Task<IActionResult> Move(Guid participantId, MoveTrajectory.Command command, [FromServices] MoveTrajectory.Handler handler, CancellationToken ct)
    {
        command.ParticipantId = participantId;
        async Task<IActionResult> Form() => await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
        if (!ModelState.IsValid) return await Form();
        return await this.RespondAsync(await handler.HandleAsync(command, ct), () => this.Flash("Trajectories.Moved").ToFile(participantId), Form);
    }

    [HttpPost("restart")]
    public async Task<IActionResult> Restart(Guid participantId, [FromServices] RestartTrajectory.Handler handler, [FromServices] MoveTrajectory.Handler form, CancellationToken ct) =>
        await this.RespondAsync(await handler.HandleAsync(new RestartTrajectory.Command { ParticipantId = participantId }, ct),
            () => this.Flash("Trajectories.Restarted").ToFile(participantId),
            async () => await form.LoadAsync(participantId, ct) is { } command ? View(nameof(Move), command) : NotFound());
}
