using System.Security.Claims;

namespace KixWorks.Web.Infrastructure.Authorization;

public static class ClaimsPrincipalExtensions
{
    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? ActiveMunicipalityId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(KixClaims.Municipality), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(KixClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
