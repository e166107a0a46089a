using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Users;

[Route("users")]
[Authorize(Policies.ManageUsers)]
public sealed class UsersController : Controller
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
        async Task<IActionResult> Form()
        {
            command.InitialPassword = "";
            return View(await handler.FormAsync(command, scope, ct));
        }
        if (!ModelState.IsValid) return await Form();
        return await this.RespondAsync(await handler.HandleAsync(command, scope, ct), () => this.Flash("Users.Created").RedirectToAction(nameof(Index)), Form);
    }

    [HttpGet("{id:guid}/deactivate")]
    public async Task<IActionResult> Deactivate(Guid id, [FromServices] DeactivateUser.Handler handler, CancellationToken ct) =>
        await handler.ConfirmAsync(id, UserScope.Of(User), ct) is { } confirmation ? View(confirmation) : NotFound();

    [HttpPost("{id:guid}/deactivate")]
    [ActionName(nameof(Deactivate))]
    public async Task<IActionResult> DeactivateConfirmed(Guid id, [FromServices] DeactivateUser.Handler handler, CancellationToken ct) =>
        this.RespondWithFlash(await handler.HandleAsync(id, UserScope.Of(User), ct), "Users.Deactivated", () => RedirectToAction(nameof(Index)));

    [HttpGet("{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, [FromServices] RemoveUserFromMunicipality.Handler handler, CancellationToken ct) =>
        await handler.ConfirmAsync(id, UserScope.Of(User), ct) is { } confirmation ? View(confirmation) : NotFound();

    [HttpPost("{id:guid}/remove")]
    [ActionName(nameof(Remove))]
    public async Task<IActionResult> RemoveConfirmed(Guid id, [FromServices] RemoveUserFromMunicipality.Handler handler, CancellationToken ct) =>
        this.RespondWithFlash(await handler.HandleAsync(id, UserScope.Of(User), ct), "Users.Removed", () => RedirectToAction(nameof(Index)));
}
