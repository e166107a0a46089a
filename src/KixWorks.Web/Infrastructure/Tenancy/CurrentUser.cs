using System.Security.Claims;
using KixWorks.Data.Tenancy;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.Web.Infrastructure.Tenancy;

/// <summary>Scoped: the one <see cref="ICurrentUser"/> of a request or job. It keeps no gemeente of its own but
/// reads and sets the scope's <see cref="ITenantContext"/>, so the user's gemeente and the tenant filter's can never
/// disagree, and a second gemeente within the scope is refused (<see cref="TenantViolationException"/>).</summary>
public sealed class CurrentUser(ITenantContext tenant) : ICurrentUser
{
    private static readonly IReadOnlySet<string> NoRoles = new HashSet<string>();
    private bool _filled;

    public Guid? UserId { get; private set; }

    public Guid? MunicipalityId => tenant.MunicipalityId;

    public bool IsSystem { get; private set; }

    public IReadOnlySet<string> Roles { get; private set; } = NoRoles;

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>For a request: the user and active gemeente from the signed cookie's claims. Called again for the
    /// same request (an error page re-executes the pipeline in the same scope) it must be the same user.</summary>
    public void FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = principal.Identity?.IsAuthenticated == true ? principal.UserId() : null;
        if (_filled)
        {
            if (IsSystem || userId != UserId) throw new TenantViolationException("De gebruiker kan binnen één verzoek niet wisselen.");
        }
        else
        {
            UserId = userId;
            Roles = userId is null ? NoRoles : principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            _filled = true;
        }
        if (userId is not null && principal.ActiveMunicipalityId() is { } municipalityId) tenant.Use(municipalityId);
    }

    /// <summary>For a job: the system actor of one gemeente, without user id or roles. Only once per scope.</summary>
    public void AsSystem(Guid municipalityId)
    {
        if (_filled) throw new TenantViolationException("Deze scope heeft al een gebruiker; een taak krijgt een eigen scope.");
        tenant.Use(municipalityId);
        IsSystem = true;
        _filled = true;
    }
}
