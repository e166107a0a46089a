using KixWorks.Web.Data;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Shared;

/// <summary>The signed-in user, the active gemeente and, for users with several, the gemeente switcher.</summary>
public sealed class HeaderViewComponent(KixWorksDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.UserId();
        var municipalities = await db.UserMunicipalities.AsNoTracking()
            .Where(um => um.UserId == userId)
            .Join(db.Municipalities, um => um.MunicipalityId, m => m.Id, (um, m) => m)
            .OrderBy(m => m.Name)
            .Select(m => new MunicipalityOption(m.Id, m.Name))
            .ToListAsync();
        var activeId = UserClaimsPrincipal.ActiveMunicipalityId();
        var branding = await db.Municipalities.AsNoTracking().Where(m => m.Id == activeId)
            .Select(m => new BrandingInfo(m.PrimaryColour != null, m.LogoContentType != null, m.Version))
            .SingleOrDefaultAsync();
        return View(new HeaderModel(UserClaimsPrincipal.DisplayName(), activeId, municipalities, branding));
    }
}

public sealed record MunicipalityOption(Guid Id, string Name);

public sealed record BrandingInfo(bool HasColour, bool HasLogo, int Version);

public sealed record HeaderModel(string DisplayName, Guid? ActiveMunicipalityId, IReadOnlyList<MunicipalityOption> Municipalities, BrandingInfo? Branding)
{
    public string? ActiveName => Municipalities.FirstOrDefault(m => m.Id == ActiveMunicipalityId)?.Name;
}
