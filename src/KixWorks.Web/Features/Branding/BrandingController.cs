using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Branding;

[Route("branding")]
public sealed class BrandingController : Controller
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
        // The form again with the typed colour; an uploaded file cannot be shown again and is chosen anew.
        async Task<IActionResult> Form() =>
            View(await handler.LoadAsync(ct) with { Command = new ChangeBranding.Command { PrimaryColour = command.PrimaryColour, Version = command.Version } });
        if (!ModelState.IsValid) return await Form();
        return await this.RespondAsync(await handler.HandleAsync(command, ct), () => this.Flash("Branding.Saved").RedirectToAction(nameof(Edit)), Form);
    }
}
