using KixWorks.Data;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Shared;

/// <summary>The signed-in user, the active gemeente and, for users with several, the gemeente switcher.</summary>
public sealed class HeaderViewComponent(KixWorksDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        // One query per page: the user's gemeenten, with the branding facts of each (the active one is among them).
        var userId = UserClaimsPrincipal.UserId();
        var rows = await db.UserMunicipalities.AsNoTracking()
            .Where(um => um.UserId == userId)
            .Join(db.Municipalities, um => um.MunicipalityId, m => m.Id, (um, m) => m)
            .OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name, Branding = new BrandingInfo(m.PrimaryColour != null, m.LogoContentType != null, m.Version) })
            .ToListAsync();
        var activeId = UserClaimsPrincipal.ActiveMunicipalityId();
        var municipalities = rows.Select(r => new MunicipalityOption(r.Id, r.Name)).ToList();
        var branding = rows.FirstOrDefault(r => r.Id == activeId)?.Branding;
        return View(new HeaderModel(UserClaimsPrincipal.DisplayName(), activeId, municipalities, branding));
    }
}

public sealed record MunicipalityOption(Guid Id, string Name);

public sealed record BrandingInfo(bool HasColour, bool HasLogo, int Version);

public sealed record HeaderModel(string DisplayName, Guid? ActiveMunicipalityId, IReadOnlyList<MunicipalityOption> Municipalities, BrandingInfo? Branding)
{
    public string? ActiveName => Municipalities.FirstOrDefault(m => m.Id == ActiveMunicipalityId)?.Name;
}
