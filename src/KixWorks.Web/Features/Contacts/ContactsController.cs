using KixWorks.Web.Features.Participants;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Contacts;

[Route("participants/{participantId:guid}/contacts")]
[Authorize(Policies.EditParticipants)]
public sealed class ContactsController : Controller
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
        async Task<IActionResult> Form() => await handler.DescribeAsync(command, ct) ? View(command) : NotFound();
        if (!ModelState.IsValid) return await Form();
        return await this.RespondAsync(await handler.HandleAsync(command, ct), () => this.Flash("Contacts.Recorded").ToFile(participantId), Form);
    }
}
