using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KixWorks.Web.Infrastructure.Database.Seed;

/// <summary>Every environment needs the role catalogue, and a fresh production database needs one programme
/// admin to start from: given by configuration (Bootstrap:AdminEmail, Bootstrap:AdminPassword), created once.</summary>
public static class IdentityBootstrap
{
    public static async Task EnsureRolesAndFirstAdminAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var roles = services.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new AppRole(role));
        }

        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password)) return;

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.ProgrammeAdmin)).Count > 0) return;
        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Programmabeheer" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Bootstrap admin could not be created: " + string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(admin, Roles.ProgrammeAdmin);
        logger.LogInformation("Bootstrap programme admin {UserId} created", admin.Id);
    }
}
