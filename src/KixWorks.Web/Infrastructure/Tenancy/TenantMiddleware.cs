using KixWorks.Data.Tenancy;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.Web.Infrastructure.Tenancy;

/// <summary>Makes the signed-in user's active gemeente (from the signed cookie) the tenant of this request.</summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ITenantContext tenant)
    {
        if (context.User.ActiveMunicipalityId() is { } municipalityId)
            tenant.Use(municipalityId);
        return next(context);
    }
}
