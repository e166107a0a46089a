using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Web.Infrastructure.Localization;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Account;

[Route("account")]
public sealed class AccountController(IStringLocalizer<SharedResource> text) : Controller
{
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new SignInUser.Command { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    [EnableRateLimiting(SecuritySetup.SignInPolicy)]
    public async Task<IActionResult> Login(SignInUser.Command command, [FromServices] SignInUser.Handler handler)
    {
        if (!ModelState.IsValid) return View(command);

        switch (await handler.HandleAsync(command))
        {
            case SignInUser.Outcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(command.ReturnUrl) ? command.ReturnUrl : "/");
            case SignInUser.Outcome.Throttled:
                // Counted per typed e-mail address before any look-up, so it says nothing about the account either.
                ModelState.AddModelError("", text["Account.Throttled"]);
                break;
            default:
                // Unknown e-mail, wrong password, locked or deactivated account: one answer, so the page never
                // tells whether an account exists or is locked.
                ModelState.AddModelError("", text["Account.SignInFailed"]);
                break;
        }
        command.Password = "";
        return View(command);
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
        if (ModelState.IsValid)
        {
            var errors = await handler.HandleAsync(command);
            foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
            if (errors.Count == 0)
            {
                TempData["Flash"] = text["ChangePassword.Changed"].Value;
                return Redirect("/");
            }
        }
        return View(new ChangePassword.Command());
    }

    [HttpPost("municipality")]
    public async Task<IActionResult> SwitchMunicipality(SwitchMunicipality.Command command, [FromServices] SwitchMunicipality.Handler handler)
    {
        if (!await handler.HandleAsync(command)) return NotFound();
        TempData["Flash"] = text["Account.MunicipalitySwitched"].Value;
        return Redirect("/");
    }

    [AllowAnonymous]
    [HttpPost("language")]
    public async Task<IActionResult> Language(ChooseLanguage.Command command, [FromServices] ChooseLanguage.Handler handler)
    {
        var language = await handler.HandleAsync(command);
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
