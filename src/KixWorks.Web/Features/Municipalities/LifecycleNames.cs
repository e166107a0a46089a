using KixWorks.Domain.Municipalities;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Municipalities;

/// <summary>The UI name of a gemeente's lifecycle phase in the user's language.</summary>
public static class LifecycleNames
{
    public static string Display(MunicipalityLifecycle lifecycle, IStringLocalizer<SharedResource> text) => lifecycle switch
    {
        MunicipalityLifecycle.Onboarding => text["Lifecycle.Onboarding"],
        MunicipalityLifecycle.Supported => text["Lifecycle.Supported"],
        _ => text["Lifecycle.Independent"],
    };
}
