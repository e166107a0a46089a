using System.Security.Claims;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace KixWorks.Web.Features.Account;

/// <summary>The user picks Dutch or English; kept on their account (and in a cookie for the sign-in page).</summary>
public static class ChooseLanguage
{
    public sealed class Command
    {
        public string? Language { get; set; }
        public string? ReturnUrl { get; set; }
    }

    public sealed class Handler(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager)
    {
        public async Task HandleAsync(Command command, ClaimsPrincipal principal, HttpResponse response)
        {
            var language = Languages.Normalise(command.Language);
            response.Cookies.Append(Languages.CookieName, language, new CookieOptions
            {
                HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps, MaxAge = TimeSpan.FromDays(365),
            });
            if (principal.Identity?.IsAuthenticated != true || await userManager.GetUserAsync(principal) is not { } user) return;
            user.PreferredLanguage = language;
            await userManager.UpdateAsync(user);
            await signInManager.RefreshSignInAsync(user);
        }
    }
}
