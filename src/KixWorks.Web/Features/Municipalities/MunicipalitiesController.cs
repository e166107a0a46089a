using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Municipalities;

[Route("municipalities")]
[Authorize(Policies.ManageMunicipalities)]
public sealed class MunicipalitiesController(IStringLocalizer<SharedResource> text) : Controller
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
        var (id, field, error) = await handler.HandleAsync(command, ct);
        if (id is null)
        {
            ModelState.AddModelError(field, error!);
            return View(command);
        }
        TempData["Flash"] = text["Municipalities.Started"].Value;
        return RedirectToAction(nameof(Index));
    }
}
