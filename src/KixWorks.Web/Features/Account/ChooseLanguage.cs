using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Localization;
using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Account;

/// <summary>The user picks Dutch or English; kept on their account (and, by the controller, in a cookie for the sign-in page).</summary>
public static class ChooseLanguage
{
    public sealed class Command
    {
        public string? Language { get; set; }
        public string? ReturnUrl { get; set; }
    }

    public sealed class Handler(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, ICurrentUser currentUser)
    {
        /// <returns>Done with the normalised language, for the controller's cookie.</returns>
        public async Task<CommandResult<string>> HandleAsync(Command command)
        {
            var language = Languages.Normalise(command.Language);
            if (currentUser.UserId is not { } userId || await userManager.FindByIdAsync(userId.ToString()) is not { } user) return CommandResult.Done.With(language);
            user.PreferredLanguage = language;
            await userManager.UpdateAsync(user);
            // Re-issuing the cookie with the new language claim is part of this use case; SignInManager is Identity's cookie adapter.
            await signInManager.RefreshSignInAsync(user);
            return CommandResult.Done.With(language);
        }
    }
}
