namespace KixWorks.Web.Infrastructure.Tenancy;

public static class TenancySetup
{
    /// <summary>The current user of a scope (filled by <see cref="TenantMiddleware"/> or <see cref="TenantScope"/>) and the job entry point.</summary>
    public static IServiceCollection AddKixWorksTenancy(this IServiceCollection services)
    {
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton<TenantScope>();
        return services;
    }
}
