using KixWorks.Web.Features.Shared;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Participants;

[Route("participants")]
[Authorize(Policies.ListParticipants)]
public sealed class ParticipantsController(IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ListParticipants.Query query, [FromServices] ListParticipants.Handler handler, CancellationToken ct) =>
        View(await handler.HandleAsync(query, ct));

    [HttpGet("{id:guid}")]
    [Authorize(Policies.ViewParticipant)]
    public async Task<IActionResult> Details(Guid id, [FromServices] ParticipantDetails.Handler handler, CancellationToken ct)
    {
        var includeIntake = (await authorization.AuthorizeAsync(User, Policies.RunIntake)).Succeeded;
        return await handler.HandleAsync(id, includeIntake, ct) is { } model ? View(model) : NotFound();
    }

    [HttpGet("register")]
    [Authorize(Policies.EditParticipants)]
    public IActionResult Register() => View(new RegisterParticipant.Command());

    [HttpPost("register")]
    [Authorize(Policies.EditParticipants)]
    public async Task<IActionResult> Register(RegisterParticipant.Command command, [FromServices] RegisterParticipant.Handler handler, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(command);
        var result = await handler.HandleAsync(command, ct);
        if (result.Kind == ResultKind.Conflict)
        {
            // Someone with the same name and date of birth exists: the form shows a link to them and asks to confirm.
            ViewData["DuplicateOf"] = result.Value;
            return View(command);
        }
        return await this.RespondAsync(result, newId => this.Flash("Participants.Registered").ToFile(newId), () => View(command));
    }

    [HttpGet("{id:guid}/edit")]
    [Authorize(Policies.EditParticipants)]
    public async Task<IActionResult> Edit(Guid id, [FromServices] EditParticipant.Handler handler, CancellationToken ct) =>
        await handler.LoadAsync(id, ct) is { } command ? View(command) : NotFound();

    [HttpPost("{id:guid}/edit")]
    [Authorize(Policies.EditParticipants)]
    public async Task<IActionResult> Edit(Guid id, EditParticipant.Command command, [FromServices] EditParticipant.Handler handler, CancellationToken ct)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(command);
        return await this.RespondAsync(await handler.HandleAsync(command, ct), () => this.Flash("Participants.Saved").ToFile(id), () => View(command));
    }
}
