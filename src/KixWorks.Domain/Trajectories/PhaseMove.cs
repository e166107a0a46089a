using KixWorks.Domain.Common;

namespace KixWorks.Domain.Trajectories;

/// <summary>One move in a trajectory's history. Tenant-owned like its trajectory.</summary>
public sealed class PhaseMove : ITenantOwned
{
    private PhaseMove() { }

    internal PhaseMove(Guid trajectoryId, Guid municipalityId, TrajectoryPhase? from, TrajectoryPhase to, DateTimeOffset at, string? reason)
    {
        Id = Guid.CreateVersion7();
        TrajectoryId = trajectoryId;
        MunicipalityId = municipalityId;
        From = from;
        To = to;
        At = at;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid TrajectoryId { get; private set; }
    public TrajectoryPhase? From { get; private set; }
    public TrajectoryPhase To { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Reason { get; private set; }
}
