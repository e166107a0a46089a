namespace KixWorks.Domain.Participants;

public enum TargetGroup
{
    Statusholder,
    EarlySchoolLeaver,
    DeafOrHardOfHearing,
    Other,
}
