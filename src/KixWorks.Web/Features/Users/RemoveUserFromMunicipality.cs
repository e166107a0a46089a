using KixWorks.Data;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Users;

/// <summary>A manager takes someone who also works in other gemeenten (typically a programme trainer) out of their own
/// gemeente. The account and the other gemeenten stay; someone who works only here is deactivated instead
/// (<see cref="DeactivateUser"/>). The cookie loses the gemeente at the next security-stamp check (within a minute),
/// without signing the person out of their other gemeenten.</summary>
public static class RemoveUserFromMunicipality
{
    public sealed record Confirmation(Guid Id, string DisplayName, string Email, string MunicipalityName);

    public sealed class Handler(KixWorksDbContext db, UserManager<AppUser> userManager, ILogger<Handler> logger)
    {
        /// <summary>Only a manager, only for someone assigned to the manager's gemeente and at least one other, never a
        /// programme admin and never themselves. Anything else is a 404.</summary>
        public static bool Applies(UserScope scope, Guid userId, string role, bool alsoElsewhere) =>
            !scope.AllMunicipalities && userId != scope.UserId && alsoElsewhere && role != Roles.ProgrammeAdmin;

        private async Task<(AppUser User, UserMunicipality Assignment)?> FindInScopeAsync(Guid id, UserScope scope, CancellationToken ct)
        {
            if (scope.AllMunicipalities || scope.MunicipalityId is not { } municipalityId) return null;
            var user = await db.Users.Include(u => u.Municipalities).SingleOrDefaultAsync(u => u.Id == id, ct);
            var assignment = user?.Municipalities.SingleOrDefault(um => um.MunicipalityId == municipalityId);
            if (user is null || assignment is null) return null;
            var alsoElsewhere = user.Municipalities.Any(um => um.MunicipalityId != municipalityId);
            var role = (await userManager.GetRolesAsync(user)).FirstOrDefault() ?? "";
            return Applies(scope, user.Id, role, alsoElsewhere) ? (user, assignment) : null;
        }

        public async Task<Confirmation?> ConfirmAsync(Guid id, UserScope scope, CancellationToken ct)
        {
            if (await FindInScopeAsync(id, scope, ct) is not { } found) return null;
            var (user, assignment) = found;
            var name = await db.Municipalities.AsNoTracking().Where(m => m.Id == assignment.MunicipalityId).Select(m => m.Name).SingleAsync(ct);
            return new Confirmation(user.Id, user.DisplayName, user.Email ?? "", name);
        }

        public async Task<CommandResult> HandleAsync(Guid id, UserScope scope, CancellationToken ct)
        {
            if (await FindInScopeAsync(id, scope, ct) is not { } found) return CommandResult.NotFound;
            var (user, assignment) = found;
            db.UserMunicipalities.Remove(assignment);
            if (user.ActiveMunicipalityId == assignment.MunicipalityId) user.ActiveMunicipalityId = null;
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserId} removed from municipality {MunicipalityId} by {ManagerId}", user.Id, assignment.MunicipalityId, scope.UserId);
            return CommandResult.Done;
        }
    }
}
