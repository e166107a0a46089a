using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Municipalities;

[Route("municipalities")]
[Authorize(Policies.ManageMunicipalities)]
public sealed class MunicipalitiesController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ListMunicipalities.Query query, [FromServices] ListMunicipalities.Handler handler, CancellationToken ct) =>
        View(await handler.HandleAsync(query, ct));

    [HttpGet("start")]
    public IActionResult Start() => View(new StartMunicipality.Command());

    [HttpPost("start")]
    public async Task<IActionResult> Start(StartMunicipality.Command command, [FromServices] StartMunicipality.Handler handler, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(command);
        return await this.RespondAsync(await handler.HandleAsync(command, ct), () => this.Flash("Municipalities.Started").RedirectToAction(nameof(Index)), () => View(command));
    }
}
