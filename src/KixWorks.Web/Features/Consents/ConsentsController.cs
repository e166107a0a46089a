using KixWorks.Web.Features.Participants;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Consents;

[Route("participants/{participantId:guid}/consents")]
[Authorize(Policies.EditParticipants)]
public sealed class ConsentsController : Controller
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
        async Task<IActionResult> Form() => await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
        if (!ModelState.IsValid) return await Form();
        return await this.RespondAsync(await handler.HandleAsync(command, ct), () => this.Flash("Consents.Recorded").ToFile(participantId), Form);
    }

    [HttpGet("{consentId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid participantId, Guid consentId, [FromServices] WithdrawConsent.Handler handler, CancellationToken ct) =>
        await handler.ConfirmAsync(participantId, consentId, ct) is { } confirmation ? View(confirmation) : NotFound();

    [HttpPost("{consentId:guid}/withdraw")]
    [ActionName(nameof(Withdraw))]
    public async Task<IActionResult> WithdrawConfirmed(Guid participantId, Guid consentId, [FromServices] WithdrawConsent.Handler handler, CancellationToken ct) =>
        this.RespondWithFlash(await handler.HandleAsync(participantId, consentId, ct), "Consents.Withdrawn", () => this.ToFile(participantId));
}
