using KixWorks.Web.Features.Participants;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Contacts;

[Route("participants/{participantId:guid}/contacts")]
[Authorize(Policies.EditParticipants)]
public sealed class ContactsController(IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(Guid participantId, [FromServices] RecordContact.Handler handler, CancellationToken ct)
    {
        var command = new RecordContact.Command { ParticipantId = participantId };
        return await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid participantId, RecordContact.Command command, [FromServices] RecordContact.Handler handler, CancellationToken ct)
    {
        command.ParticipantId = participantId;
        if (ModelState.IsValid)
        {
            var (outcome, error) = await handler.HandleAsync(command, ct);
            if (outcome == RecordContact.Outcome.NotFound) return NotFound();
            if (outcome == RecordContact.Outcome.Recorded)
            {
                TempData["Flash"] = text["Contacts.Recorded"].Value;
                return RedirectToAction(nameof(ParticipantsController.Details), "Participants", new { id = participantId });
            }
            ModelState.AddModelError("", error!);
        }
        return await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
    }
}
