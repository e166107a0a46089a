namespace KixWorks.Web.Infrastructure.Tenancy;

// In Tenancy, not Identity: it is "who acts, in which gemeente" for one scope, and it owns that scope's tenant.
/// <summary>Who is acting in this DI scope and in which gemeente: the signed-in user of a request
/// (<see cref="TenantMiddleware"/>) or the system actor of a job (<see cref="TenantScope"/>). Handlers know the user
/// only through this, never through HttpContext (STYLE.md rule 12).</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id; null for an anonymous request and for the system actor of a job.</summary>
    Guid? UserId { get; }

    /// <summary>The active gemeente: the very value the DbContext's tenant filter reads (null: none, the filter shows nothing).</summary>
    Guid? MunicipalityId { get; }

    /// <summary>True inside <see cref="TenantScope"/>.RunAsync: a job acting for one gemeente, with no user and no roles.</summary>
    bool IsSystem { get; }

    /// <summary>The user's roles (see <c>Roles</c>); empty for anonymous requests and for the system actor.</summary>
    IReadOnlySet<string> Roles { get; }

    bool IsInRole(string role);
}
