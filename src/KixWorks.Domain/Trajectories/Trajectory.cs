using KixWorks.Domain.Common;

namespace KixWorks.Domain.Trajectories;

/// <summary>One participant's path, one episode. Which moves are allowed is decided here, and every move is kept.</summary>
public sealed class Trajectory : ITenantOwned, IVersioned
{
    private static readonly TrajectoryPhase[] Route =
    [
        TrajectoryPhase.Intake,
        TrajectoryPhase.Activation,
        TrajectoryPhase.JobGuidance,
        TrajectoryPhase.Placement,
        TrajectoryPhase.Aftercare,
        TrajectoryPhase.Completed,
    ];

    private readonly List<PhaseMove> _moves = [];

    private Trajectory() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid ParticipantId { get; private set; }
    /// <summary>1 for the first trajectory of a participant, 2 after a restart, …</summary>
    public int Episode { get; private set; }
    public TrajectoryPhase Phase { get; private set; }
    /// <summary>The phase to resume when the trajectory is paused.</summary>
    public TrajectoryPhase? PausedFrom { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public int Version { get; set; }
    public IReadOnlyList<PhaseMove> Moves => _moves;

    public bool IsEnded => Phase is TrajectoryPhase.Completed or TrajectoryPhase.Dropped;

    /// <summary>Starts an episode in the Intake phase. The gemeente must be the participant's own.</summary>
    public static Trajectory Start(Guid participantId, Guid municipalityId, int episode, DateTimeOffset at)
    {
        if (episode < 1) throw new DomainException("Een traject begint bij episode 1.");
        var trajectory = new Trajectory
        {
            Id = Guid.CreateVersion7(),
            ParticipantId = participantId,
            MunicipalityId = municipalityId,
            Episode = episode,
            Phase = TrajectoryPhase.Intake,
            StartedAt = at,
        };
        trajectory._moves.Add(new PhaseMove(trajectory.Id, municipalityId, null, TrajectoryPhase.Intake, at, null));
        return trajectory;
    }

    /// <summary>A dropped trajectory can be picked up again, as a new episode.</summary>
    public Trajectory Restart(DateTimeOffset at)
    {
        if (Phase != TrajectoryPhase.Dropped) throw new DomainException("Alleen een afgebroken traject kan opnieuw beginnen.");
        if (at < EndedAt) throw new DomainException("Een nieuw traject kan niet beginnen vóór het einde van het vorige.");
        return Start(ParticipantId, MunicipalityId, Episode + 1, at);
    }

    public IReadOnlyList<TrajectoryPhase> AllowedMoves()
    {
        if (IsEnded) return [];
        if (Phase == TrajectoryPhase.Paused) return [PausedFrom!.Value, TrajectoryPhase.Dropped];
        var index = Array.IndexOf(Route, Phase);
        var allowed = new List<TrajectoryPhase> { Route[index + 1] };
        if (index > 0) allowed.Add(Route[index - 1]);
        allowed.Add(TrajectoryPhase.Paused);
        allowed.Add(TrajectoryPhase.Dropped);
        return allowed;
    }

    public void MoveTo(TrajectoryPhase to, DateTimeOffset at, string? reason = null)
    {
        if (!AllowedMoves().Contains(to))
            throw new DomainException($"Een traject in fase '{PhaseNames.Dutch(Phase)}' kan niet naar '{PhaseNames.Dutch(to)}'.");
        if (to is TrajectoryPhase.Paused or TrajectoryPhase.Dropped && string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Geef een reden op bij pauzeren of afbreken.");
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > Limits.ReasonLength })
            throw new DomainException($"De reden mag hoogstens {Limits.ReasonLength} tekens lang zijn.");
        if (_moves.Count > 0 && at < _moves[^1].At)
            throw new DomainException("Een fasewissel kan niet eerder liggen dan de vorige.");

        _moves.Add(new PhaseMove(Id, MunicipalityId, Phase, to, at, reason));
        PausedFrom = to == TrajectoryPhase.Paused ? Phase : null;
        Phase = to;
        if (IsEnded) EndedAt = at;
    }
}
