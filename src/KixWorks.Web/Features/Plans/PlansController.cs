using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Plans;

/// <summary>The plan holds goals, which are intake answers: consultants only, not managers.</summary>
[Route("participants/{participantId:guid}/plan")]
[Authorize(Policies.EditParticipants)]
public sealed class PlansController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid participantId, [FromServices] ShowPlan.Handler handler, CancellationToken ct) =>
        await handler.HandleAsync(participantId, ct) is { } model ? View(model) : NotFound();
}
