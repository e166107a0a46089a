using System.Security.Claims;
using KixWorks.Data.Tenancy;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Tenancy;

namespace KixWorks.UnitTests.Infrastructure;

public sealed class CurrentUserTests
{
    private static readonly Guid A = Guid.CreateVersion7(), B = Guid.CreateVersion7();

    private static ClaimsPrincipal SignedIn(Guid userId, Guid? municipality, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()) };
        if (municipality is { } m) claims.Add(new Claim(KixClaims.Municipality, m.ToString()));
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    [Fact]
    public void A_signed_in_user_brings_id_roles_and_the_gemeente_of_the_tenant_filter()
    {
        var tenant = new TenantContext();
        var user = new CurrentUser(tenant);
        var id = Guid.CreateVersion7();

        user.FromPrincipal(SignedIn(id, A, Roles.Consultant));

        Assert.Equal((id, A, false), (user.UserId, user.MunicipalityId, user.IsSystem));
        Assert.Equal(A, tenant.MunicipalityId);
        Assert.True(user.IsInRole(Roles.Consultant));
        Assert.False(user.IsInRole(Roles.ProgrammeAdmin));
    }

    [Fact]
    public void An_anonymous_request_has_no_user_no_roles_and_no_gemeente()
    {
        var user = new CurrentUser(new TenantContext());

        user.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Equal((null, null, false), (user.UserId, user.MunicipalityId, user.IsSystem));
        Assert.Empty(user.Roles);
    }

    [Fact]
    public void A_re_executed_request_may_fill_the_same_user_again_but_never_another()
    {
        var user = new CurrentUser(new TenantContext());
        var id = Guid.CreateVersion7();
        user.FromPrincipal(SignedIn(id, A));

        user.FromPrincipal(SignedIn(id, A));

        Assert.Throws<TenantViolationException>(() => user.FromPrincipal(SignedIn(Guid.CreateVersion7(), A)));
        Assert.Throws<TenantViolationException>(() => user.FromPrincipal(SignedIn(id, B)));
        Assert.Throws<TenantViolationException>(() => user.AsSystem(A));
        Assert.Equal((id, A), (user.UserId, user.MunicipalityId));
    }

    [Fact]
    public void The_system_actor_has_a_gemeente_but_no_user_and_no_roles_and_is_set_once()
    {
        var user = new CurrentUser(new TenantContext());

        user.AsSystem(A);

        Assert.Equal((null, A, true), (user.UserId, user.MunicipalityId, user.IsSystem));
        Assert.Empty(user.Roles);
        Assert.Throws<TenantViolationException>(() => user.AsSystem(B));
        Assert.Throws<TenantViolationException>(() => user.FromPrincipal(SignedIn(Guid.CreateVersion7(), A)));
        Assert.Equal(A, user.MunicipalityId);
    }
}
