namespace KixWorks.Domain.Trajectories;

/// <summary>Phases in the order a trajectory normally walks them; Paused and Dropped are side states.</summary>
public enum TrajectoryPhase
{
    Intake,
    Activation,
    JobGuidance,
    Placement,
    Aftercare,
    Completed,
    Paused,
    Dropped,
}
