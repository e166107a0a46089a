using Microsoft.AspNetCore.Identity;

namespace KixWorks.Data.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; } = true;
    /// <summary>The gemeente the user last chose in the header; must be one of <see cref="Municipalities"/>.</summary>
    public Guid? ActiveMunicipalityId { get; set; }
    public List<UserMunicipality> Municipalities { get; set; } = [];
    /// <summary>"nl" or "en"; null means the default, Dutch.</summary>
    public string? PreferredLanguage { get; set; }
}
