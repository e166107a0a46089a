using KixWorks.Web.Features.Participants;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Consents;

[Route("participants/{participantId:guid}/consents")]
[Authorize(Policies.EditParticipants)]
public sealed class ConsentsController(IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(Guid participantId, [FromServices] RecordConsent.Handler handler, CancellationToken ct)
    {
        var command = new RecordConsent.Command { ParticipantId = participantId };
        return await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid participantId, RecordConsent.Command command, [FromServices] RecordConsent.Handler handler, CancellationToken ct)
    {
        command.ParticipantId = participantId;
        if (ModelState.IsValid)
        {
            var (outcome, error) = await handler.HandleAsync(command, ct);
            if (outcome == RecordConsent.Outcome.NotFound) return NotFound();
            if (outcome == RecordConsent.Outcome.Recorded) return BackToFile(participantId, text["Consents.Recorded"].Value);
            ModelState.AddModelError("", error!);
        }
        return await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
    }

    [HttpGet("{consentId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid participantId, Guid consentId, [FromServices] WithdrawConsent.Handler handler, CancellationToken ct) =>
        await handler.ConfirmAsync(participantId, consentId, ct) is { } confirmation ? View(confirmation) : NotFound();

    [HttpPost("{consentId:guid}/withdraw")]
    [ActionName(nameof(Withdraw))]
    public async Task<IActionResult> WithdrawConfirmed(Guid participantId, Guid consentId, [FromServices] WithdrawConsent.Handler handler, CancellationToken ct)
    {
        var (outcome, error) = await handler.HandleAsync(participantId, consentId, ct);
        return outcome switch
        {
            WithdrawConsent.Outcome.NotFound => NotFound(),
            WithdrawConsent.Outcome.Withdrawn => BackToFile(participantId, text["Consents.Withdrawn"].Value),
            _ => BackToFile(participantId, error!),
        };
    }

    private RedirectToActionResult BackToFile(Guid participantId, string flash)
    {
        TempData["Flash"] = flash;
        return RedirectToAction(nameof(ParticipantsController.Details), "Participants", new { id = participantId });
    }
}
