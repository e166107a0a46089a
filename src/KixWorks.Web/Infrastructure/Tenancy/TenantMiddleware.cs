namespace KixWorks.Web.Infrastructure.Tenancy;

/// <summary>Makes the signed-in user (from the signed cookie) the request's <see cref="ICurrentUser"/>, and so their
/// active gemeente the tenant of this request.</summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.FromPrincipal(context.User);
        return next(context);
    }
}
