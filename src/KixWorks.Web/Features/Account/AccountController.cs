using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Web.Infrastructure.Localization;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Mvc;
using KixWorks.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace KixWorks.Web.Features.Account;

[Route("account")]
public sealed class AccountController : Controller
{
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new SignInUser.Command { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    [EnableRateLimiting(SecuritySetup.SignInPolicy)]
    public async Task<IActionResult> Login(SignInUser.Command command, [FromServices] SignInUser.Handler handler)
    {
        IActionResult Form()
        {
            command.Password = "";
            return View(command);
        }
        if (!ModelState.IsValid) return View(command);
        return await this.RespondAsync(await handler.HandleAsync(command), () => LocalRedirect(Url.IsLocalUrl(command.ReturnUrl) ? command.ReturnUrl : "/"), Form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout([FromServices] SignInManager<AppUser> signInManager)
    {
        await signInManager.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePassword.Command());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePassword.Command command, [FromServices] ChangePassword.Handler handler)
    {
        // Typed passwords are never sent back to the browser.
        IActionResult Form() => View(new ChangePassword.Command());
        if (!ModelState.IsValid) return Form();
        return await this.RespondAsync(await handler.HandleAsync(command), () => this.Flash("ChangePassword.Changed").Redirect("/"), Form);
    }

    [HttpPost("municipality")]
    public async Task<IActionResult> SwitchMunicipality(SwitchMunicipality.Command command, [FromServices] SwitchMunicipality.Handler handler)
    {
        return await this.RespondAsync(await handler.HandleAsync(command), () => this.Flash("Account.MunicipalitySwitched").Redirect("/"), NotFound);
    }

    [AllowAnonymous]
    [HttpPost("language")]
    public async Task<IActionResult> Language(ChooseLanguage.Command command, [FromServices] ChooseLanguage.Handler handler)
    {
        var language = (await handler.HandleAsync(command)).Value!;
        Response.Cookies.Append(Languages.CookieName, language, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, MaxAge = TimeSpan.FromDays(365),
        });
        return LocalRedirect(Url.IsLocalUrl(command.ReturnUrl) ? command.ReturnUrl : "/");
    }

    /// <summary>Called by the session time-out warning: any authenticated request renews the sliding cookie.</summary>
    [HttpGet("keep-alive")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public IActionResult KeepAlive() => NoContent();

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Error", StatusCodes.Status403Forbidden);
    }
}
