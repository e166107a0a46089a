namespace KixWorks.Domain.Trajectories;

/// <summary>The Dutch names the users know the phases by (PRODUCT.md), used in domain messages.</summary>
public static class PhaseNames
{
    public static string Dutch(TrajectoryPhase phase) => phase switch
    {
        TrajectoryPhase.Intake => "Intake",
        TrajectoryPhase.Activation => "Activeren & oriënteren",
        TrajectoryPhase.JobGuidance => "Toeleiden naar werk",
        TrajectoryPhase.Placement => "Plaatsing",
        TrajectoryPhase.Aftercare => "Nazorg",
        TrajectoryPhase.Completed => "Afgerond",
        TrajectoryPhase.Paused => "Gepauzeerd",
        TrajectoryPhase.Dropped => "Afgebroken",
        _ => phase.ToString(),
    };
}
