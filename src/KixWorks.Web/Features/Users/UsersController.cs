using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Users;

[Route("users")]
[Authorize(Policies.ManageUsers)]
public sealed class UsersController(IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ListUsers.Query query, [FromServices] ListUsers.Handler handler, CancellationToken ct) =>
        View(await handler.HandleAsync(query, UserScope.Of(User), ct));

    [HttpGet("create")]
    public async Task<IActionResult> Create([FromServices] CreateUser.Handler handler, CancellationToken ct) =>
        View(await handler.FormAsync(new CreateUser.Command(), UserScope.Of(User), ct));

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUser.Command command, [FromServices] CreateUser.Handler handler, CancellationToken ct)
    {
        var scope = UserScope.Of(User);
        if (ModelState.IsValid)
        {
            var errors = await handler.HandleAsync(command, scope, ct);
            foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
            if (errors.Count == 0)
            {
                TempData["Flash"] = text["Users.Created"].Value;
                return RedirectToAction(nameof(Index));
            }
        }
        command.InitialPassword = "";
        return View(await handler.FormAsync(command, scope, ct));
    }

    [HttpGet("{id:guid}/deactivate")]
    public async Task<IActionResult> Deactivate(Guid id, [FromServices] DeactivateUser.Handler handler, CancellationToken ct) =>
        await handler.ConfirmAsync(id, UserScope.Of(User), ct) is { } confirmation ? View(confirmation) : NotFound();

    [HttpPost("{id:guid}/deactivate")]
    [ActionName(nameof(Deactivate))]
    public async Task<IActionResult> DeactivateConfirmed(Guid id, [FromServices] DeactivateUser.Handler handler, CancellationToken ct)
    {
        if (!await handler.HandleAsync(id, UserScope.Of(User), ct)) return NotFound();
        TempData["Flash"] = text["Users.Deactivated"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, [FromServices] RemoveUserFromMunicipality.Handler handler, CancellationToken ct) =>
        await handler.ConfirmAsync(id, UserScope.Of(User), ct) is { } confirmation ? View(confirmation) : NotFound();

    [HttpPost("{id:guid}/remove")]
    [ActionName(nameof(Remove))]
    public async Task<IActionResult> RemoveConfirmed(Guid id, [FromServices] RemoveUserFromMunicipality.Handler handler, CancellationToken ct)
    {
        if (!await handler.HandleAsync(id, UserScope.Of(User), ct)) return NotFound();
        TempData["Flash"] = text["Users.Removed"].Value;
        return RedirectToAction(nameof(Index));
    }
}
