using KixWorks.Data;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using Microsoft.AspNetCore.Identity;
using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Account;

/// <summary>A user assigned to several gemeenten picks the active one; the cookie is re-issued with it.</summary>
public static class SwitchMunicipality
{
    public sealed class Command
    {
        public Guid MunicipalityId { get; set; }
    }

    public sealed class Handler(KixWorksDbContext db, UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, ICurrentUser currentUser)
    {
        /// <returns>Not found when the user is not assigned to that gemeente.</returns>
        public async Task<CommandResult> HandleAsync(Command command)
        {
            if (currentUser.UserId is not { } userId || await userManager.FindByIdAsync(userId.ToString()) is not { } user) return CommandResult.NotFound;
            var assigned = await db.UserMunicipalities.AnyAsync(um => um.UserId == user.Id && um.MunicipalityId == command.MunicipalityId);
            if (!assigned) return CommandResult.NotFound;

            user.ActiveMunicipalityId = command.MunicipalityId;
            var updated = await userManager.UpdateAsync(user);
            if (!updated.Succeeded) return CommandResult.NotFound;
            // Re-issuing the cookie is the point of the switch; SignInManager is Identity's cookie adapter.
            await signInManager.RefreshSignInAsync(user);
            return CommandResult.Done;
        }
    }
}
