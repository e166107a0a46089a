using Microsoft.AspNetCore.Identity;

namespace KixWorks.Data.Identity;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(string name) : base(name) { }
}
