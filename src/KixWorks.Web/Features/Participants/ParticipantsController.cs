using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Participants;

[Route("participants")]
[Authorize(Policies.ListParticipants)]
public sealed class ParticipantsController(IStringLocalizer<SharedResource> text, IAuthorizationService authorization) : Controller
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
        switch (result.Outcome)
        {
            case RegisterParticipant.Outcome.Registered:
                TempData["Flash"] = text["Participants.Registered"].Value;
                return RedirectToAction(nameof(Details), new { id = result.Id });
            case RegisterParticipant.Outcome.PossibleDuplicate:
                ViewData["DuplicateOf"] = result.Id;
                return View(command);
            default:
                ModelState.AddModelError(result.Outcome == RegisterParticipant.Outcome.BsnTaken ? nameof(command.Bsn) : "", result.Error!);
                return View(command);
        }
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
        var (outcome, error) = await handler.HandleAsync(command, ct);
        switch (outcome)
        {
            case EditParticipant.Outcome.NotFound:
                return NotFound();
            case EditParticipant.Outcome.Saved:
                TempData["Flash"] = text["Participants.Saved"].Value;
                return RedirectToAction(nameof(Details), new { id });
            case EditParticipant.Outcome.BsnTaken:
                ModelState.AddModelError(nameof(command.Bsn), error!);
                return View(command);
            default:
                ModelState.AddModelError("", error!);
                return View(command);
        }
    }
}
