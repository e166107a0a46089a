using KixWorks.Data.Identity;
using System.Security.Claims;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KixWorks.Web.Infrastructure.Identity;

/// <summary>Puts the active gemeente in the cookie. Runs at sign-in, at a gemeente switch and at every
/// security-stamp check, so a removed assignment disappears from the cookie within a minute.</summary>
public sealed class KixClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IOptions<IdentityOptions> options,
    KixWorksDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(KixClaims.DisplayName, user.DisplayName));
        // No preference of their own: no claim, so the language picked on the sign-in page (the cookie) stays.
        if (user.PreferredLanguage is { } preferred)
            identity.AddClaim(new Claim(Languages.Claim, Languages.Normalise(preferred)));

        var assigned = await db.UserMunicipalities.AsNoTracking()
            .Where(um => um.UserId == user.Id)
            .Select(um => um.MunicipalityId)
            .ToListAsync();
        Guid? active = user.ActiveMunicipalityId is { } chosen && assigned.Contains(chosen)
            ? chosen
            : assigned.Count > 0 ? assigned.Min() : null;
        if (active is { } municipalityId)
            identity.AddClaim(new Claim(KixClaims.Municipality, municipalityId.ToString()));
        return identity;
    }
}
