using System.Security.Claims;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.Web.Features.Users;

/// <summary>Whose users the signed-in manager may see and change: all (programme admin) or one gemeente.</summary>
public sealed record UserScope(bool AllMunicipalities, Guid? MunicipalityId, Guid? UserId)
{
    public static UserScope Of(ClaimsPrincipal user) => user.IsInRole(Roles.ProgrammeAdmin)
        ? new UserScope(true, null, user.UserId())
        : new UserScope(false, user.ActiveMunicipalityId() ?? Guid.Empty, user.UserId());

    public IReadOnlyList<string> AssignableRoles => AllMunicipalities ? Roles.All : Roles.AssignableByManager;
}
