using KixWorks.Data;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Users;

/// <summary>Deactivating keeps the account (for the audit trail) but blocks sign-in; a new security stamp
/// signs the user out everywhere within a minute.</summary>
public static class DeactivateUser
{
    public sealed record Confirmation(Guid Id, string DisplayName, string Email);

    public sealed class Handler(KixWorksDbContext db, UserManager<AppUser> userManager)
    {
        /// <summary>A manager may only touch users who work in their gemeente alone; nobody deactivates themselves.</summary>
        private async Task<AppUser?> FindInScopeAsync(Guid id, UserScope scope, CancellationToken ct)
        {
            if (id == scope.UserId) return null;
            var user = await db.Users.Include(u => u.Municipalities).SingleOrDefaultAsync(u => u.Id == id, ct);
            if (user is null || scope.AllMunicipalities) return user;
            return user.Municipalities.Count > 0 && user.Municipalities.All(um => um.MunicipalityId == scope.MunicipalityId) ? user : null;
        }

        public async Task<Confirmation?> ConfirmAsync(Guid id, UserScope scope, CancellationToken ct) =>
            await FindInScopeAsync(id, scope, ct) is { IsActive: true } user ? new Confirmation(user.Id, user.DisplayName, user.Email ?? "") : null;

        public async Task<CommandResult> HandleAsync(Guid id, UserScope scope, CancellationToken ct)
        {
            var user = await FindInScopeAsync(id, scope, ct);
            if (user is not { IsActive: true }) return CommandResult.NotFound;
            user.IsActive = false;
            var result = await userManager.UpdateAsync(user);
            if (!result.Succeeded) return CommandResult.NotFound;
            await userManager.UpdateSecurityStampAsync(user);
            return CommandResult.Done;
        }
    }
}
