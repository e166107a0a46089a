using KixWorks.Domain.Participants;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Participants;

/// <summary>The UI name of a target group in the user's language.</summary>
public static class TargetGroupNames
{
    public static string Display(TargetGroup group, IStringLocalizer<SharedResource> text) => group switch
    {
        TargetGroup.Statusholder => text["TargetGroup.Statusholder"],
        TargetGroup.EarlySchoolLeaver => text["TargetGroup.EarlySchoolLeaver"],
        TargetGroup.DeafOrHardOfHearing => text["TargetGroup.DeafOrHardOfHearing"],
        _ => text["TargetGroup.Other"],
    };
}
