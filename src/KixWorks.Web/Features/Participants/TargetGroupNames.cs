using KixWorks.Domain.Participants;

namespace KixWorks.Web.Features.Participants;

public static class TargetGroupNames
{
    public static string Dutch(TargetGroup group) => group switch
    {
        TargetGroup.Statusholder => "Statushouder",
        TargetGroup.EarlySchoolLeaver => "Voortijdig schoolverlater",
        TargetGroup.DeafOrHardOfHearing => "Doof of slechthorend",
        _ => "Anders",
    };
}
