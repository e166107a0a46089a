using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Branding;

[Route("branding")]
public sealed class BrandingController(IStringLocalizer<SharedResource> text) : Controller
{
    /// <summary>Linked with ?v=version, so a change shows at once while the file may be cached.</summary>
    [HttpGet("theme.css")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> Theme([FromServices] ActiveBranding.Handler handler, CancellationToken ct) =>
        Content(await handler.ColourAsync(ct) is { } colour ? $".kixworks-theme {{ --kix-brand: {colour}; }}\n" : "", "text/css");

    [HttpGet("logo")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> Logo([FromServices] ActiveBranding.Handler handler, CancellationToken ct) =>
        await handler.LogoAsync(ct) is { } logo ? File(logo.Content, logo.ContentType) : NotFound();

    [HttpGet("")]
    [Authorize(Policies.ManageBranding)]
    public async Task<IActionResult> Edit([FromServices] ChangeBranding.Handler handler, CancellationToken ct) =>
        View(await handler.LoadAsync(ct));

    [HttpPost("")]
    [Authorize(Policies.ManageBranding)]
    [RequestSizeLimit(1024 * 1024)]
    public async Task<IActionResult> Edit(ChangeBranding.Command command, [FromServices] ChangeBranding.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (outcome, field, error) = await handler.HandleAsync(command, ct);
            if (outcome == ChangeBranding.Outcome.Saved)
            {
                TempData["Flash"] = text["Branding.Saved"].Value;
                return RedirectToAction(nameof(Edit));
            }
            ModelState.AddModelError(field, error!);
        }
        var form = await handler.LoadAsync(ct);
        return View(form with { Command = new ChangeBranding.Command { PrimaryColour = command.PrimaryColour, Version = command.Version } });
    }
}
