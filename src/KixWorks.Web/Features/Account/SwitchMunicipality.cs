using KixWorks.Data;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace KixWorks.Web.Features.Account;

/// <summary>A user assigned to several gemeenten picks the active one; the cookie is re-issued with it.</summary>
public static class SwitchMunicipality
{
    public sealed class Command
    {
        public Guid MunicipalityId { get; set; }
    }

    public sealed class Handler(KixWorksDbContext db, UserManager<AppUser> userManager, SignInManager<AppUser> signInManager)
    {
        /// <returns>False when the user is not assigned to that gemeente.</returns>
        public async Task<bool> HandleAsync(Command command, ClaimsPrincipal principal)
        {
            var user = await userManager.GetUserAsync(principal);
            if (user is null) return false;
            var assigned = await db.UserMunicipalities.AnyAsync(um => um.UserId == user.Id && um.MunicipalityId == command.MunicipalityId);
            if (!assigned) return false;

            user.ActiveMunicipalityId = command.MunicipalityId;
            var updated = await userManager.UpdateAsync(user);
            if (!updated.Succeeded) return false;
            await signInManager.RefreshSignInAsync(user);
            return true;
        }
    }
}
