using KixWorks.Domain.Trajectories;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Participants;

/// <summary>The UI name of a trajectory phase in the user's language. The domain's <see cref="PhaseNames"/>
/// stays Dutch for domain messages.</summary>
public static class PhaseLabels
{
    public static string Display(TrajectoryPhase phase, IStringLocalizer<SharedResource> text) => phase switch
    {
        TrajectoryPhase.Intake => text["Phase.Intake"],
        TrajectoryPhase.Activation => text["Phase.Activation"],
        TrajectoryPhase.JobGuidance => text["Phase.JobGuidance"],
        TrajectoryPhase.Placement => text["Phase.Placement"],
        TrajectoryPhase.Aftercare => text["Phase.Aftercare"],
        TrajectoryPhase.Completed => text["Phase.Completed"],
        TrajectoryPhase.Paused => text["Phase.Paused"],
        TrajectoryPhase.Dropped => text["Phase.Dropped"],
        _ => phase.ToString(),
    };
}
