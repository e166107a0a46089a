using KixWorks.Data.Identity;
using KixWorks.Domain.Common;
using KixWorks.Data;
using Microsoft.AspNetCore.Identity;

namespace KixWorks.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    public static IServiceCollection AddKixWorksIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services
            .AddIdentity<AppUser, AppRole>(options =>
            {
                // Length over composition (NIST SP 800-63B): at least 12 characters, no character-class rules.
                options.Password.RequiredLength = Limits.PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<KixWorksDbContext>()
            .AddSignInManager<KixSignInManager>()
            .AddClaimsPrincipalFactory<KixClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalisedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // A deactivated user (new security stamp) is signed out within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.IsEssential = true;
            if (environment.IsProduction())
            {
                // __Host-: Secure, Path=/, no Domain, so no sibling host can set or read it.
                options.Cookie.Name = "__Host-KixWorks";
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.Path = "/";
            }
            else
            {
                options.Cookie.Name = "KixWorks";
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        });
        return services;
    }
}
