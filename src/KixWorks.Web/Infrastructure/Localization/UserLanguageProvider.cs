using Microsoft.AspNetCore.Localization;

namespace KixWorks.Web.Infrastructure.Localization;

/// <summary>The UI language: the signed-in user's own choice (a claim in the cookie), else the language
/// cookie (set on the sign-in page), else Dutch. The formatting culture is always nl-NL.</summary>
public sealed class UserLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = httpContext.User.FindFirst(Languages.Claim)?.Value ?? httpContext.Request.Cookies[Languages.CookieName];
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(Languages.Formatting.Name, Languages.Normalise(language)));
    }
}
