using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Shared;

/// <summary>The UI name of a role in the user's language. <see cref="Roles.Dutch"/> stays for the console demo-login list.</summary>
public static class RoleNames
{
    public static string Display(string role, IStringLocalizer<SharedResource> text) => role switch
    {
        Roles.ProgrammeAdmin => text["Role.ProgrammeAdmin"],
        Roles.MunicipalManager => text["Role.MunicipalManager"],
        Roles.Consultant => text["Role.Consultant"],
        Roles.Trainer => text["Role.Trainer"],
        Roles.CoTrainer => text["Role.CoTrainer"],
        _ => role,
    };
}
