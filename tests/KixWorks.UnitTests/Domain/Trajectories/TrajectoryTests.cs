using KixWorks.Domain.Common;
using KixWorks.Domain.Trajectories;

namespace KixWorks.UnitTests.Domain.Trajectories;

public sealed class TrajectoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ParticipantId = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");
    private static readonly Guid MunicipalityId = Guid.Parse("0195f0a0-0000-7000-8000-0000000000aa");

    private DateTimeOffset _clock = Start;

    /// <summary>Every move one day after the previous one, so dates never get in the way unless a test wants them to.</summary>
    private DateTimeOffset Later() => _clock = _clock.AddDays(1);

    private static Trajectory NewTrajectory() => Trajectory.Start(ParticipantId, MunicipalityId, 1, Start);

    /// <summary>Walks the normal route from Intake up to and including <paramref name="phase"/>.</summary>
    private Trajectory TrajectoryIn(TrajectoryPhase phase)
    {
        var trajectory = NewTrajectory();
        foreach (var next in new[] { TrajectoryPhase.Activation, TrajectoryPhase.JobGuidance, TrajectoryPhase.Placement, TrajectoryPhase.Aftercare, TrajectoryPhase.Completed })
        {
            if (trajectory.Phase == phase) break;
            trajectory.MoveTo(next, Later());
        }
        Assert.Equal(phase, trajectory.Phase);
        return trajectory;
    }

    private Trajectory DroppedTrajectory()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Activation);
        trajectory.MoveTo(TrajectoryPhase.Dropped, Later(), "Verhuisd naar een andere gemeente");
        return trajectory;
    }

    [Fact]
    public void Starts_in_intake_with_one_move_in_its_history()
    {
        var trajectory = NewTrajectory();

        Assert.Equal(TrajectoryPhase.Intake, trajectory.Phase);
        Assert.Equal(1, trajectory.Episode);
        Assert.Equal(ParticipantId, trajectory.ParticipantId);
        Assert.Equal(MunicipalityId, trajectory.MunicipalityId);
        Assert.Equal(Start, trajectory.StartedAt);
        Assert.Null(trajectory.EndedAt);
        Assert.False(trajectory.IsEnded);
        var move = Assert.Single(trajectory.Moves);
        Assert.Null(move.From);
        Assert.Equal(TrajectoryPhase.Intake, move.To);
        Assert.Equal(Start, move.At);
        Assert.Null(move.Reason);
        Assert.Equal(trajectory.Id, move.TrajectoryId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Refuses_an_episode_below_one(int episode)
    {
        var error = Assert.Throws<DomainException>(() => Trajectory.Start(ParticipantId, MunicipalityId, episode, Start));
        Assert.Equal("Een traject begint bij episode 1.", error.Message);
    }

    [Theory]
    [InlineData(TrajectoryPhase.Intake, TrajectoryPhase.Activation)]
    [InlineData(TrajectoryPhase.Activation, TrajectoryPhase.JobGuidance)]
    [InlineData(TrajectoryPhase.JobGuidance, TrajectoryPhase.Placement)]
    [InlineData(TrajectoryPhase.Placement, TrajectoryPhase.Aftercare)]
    [InlineData(TrajectoryPhase.Aftercare, TrajectoryPhase.Completed)]
    public void Moves_forward_one_step(TrajectoryPhase from, TrajectoryPhase to)
    {
        var trajectory = TrajectoryIn(from);

        trajectory.MoveTo(to, Later());

        Assert.Equal(to, trajectory.Phase);
    }

    [Theory]
    [InlineData(TrajectoryPhase.Activation, TrajectoryPhase.Intake)]
    [InlineData(TrajectoryPhase.JobGuidance, TrajectoryPhase.Activation)]
    [InlineData(TrajectoryPhase.Placement, TrajectoryPhase.JobGuidance)]
    [InlineData(TrajectoryPhase.Aftercare, TrajectoryPhase.Placement)]
    public void Moves_back_one_step(TrajectoryPhase from, TrajectoryPhase to)
    {
        var trajectory = TrajectoryIn(from);

        trajectory.MoveTo(to, Later());

        Assert.Equal(to, trajectory.Phase);
    }

    [Theory]
    [InlineData(TrajectoryPhase.Intake, TrajectoryPhase.JobGuidance, "Een traject in fase 'Intake' kan niet naar 'Toeleiden naar werk'.")]
    [InlineData(TrajectoryPhase.Intake, TrajectoryPhase.Placement, "Een traject in fase 'Intake' kan niet naar 'Plaatsing'.")]
    [InlineData(TrajectoryPhase.Activation, TrajectoryPhase.Placement, "Een traject in fase 'Activeren & oriënteren' kan niet naar 'Plaatsing'.")]
    [InlineData(TrajectoryPhase.Placement, TrajectoryPhase.Activation, "Een traject in fase 'Plaatsing' kan niet naar 'Activeren & oriënteren'.")]
    [InlineData(TrajectoryPhase.Aftercare, TrajectoryPhase.Intake, "Een traject in fase 'Nazorg' kan niet naar 'Intake'.")]
    public void Refuses_skipping_phases(TrajectoryPhase from, TrajectoryPhase to, string message)
    {
        var trajectory = TrajectoryIn(from);
        var movesBefore = trajectory.Moves.Count;

        var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(to, Later()));

        Assert.Equal(message, error.Message);
        Assert.Equal(from, trajectory.Phase);
        Assert.Equal(movesBefore, trajectory.Moves.Count);
    }

    [Fact]
    public void Refuses_moving_to_the_phase_it_is_already_in()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Activation);

        var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(TrajectoryPhase.Activation, Later()));

        Assert.Equal("Een traject in fase 'Activeren & oriënteren' kan niet naar 'Activeren & oriënteren'.", error.Message);
    }

    [Theory]
    [InlineData(TrajectoryPhase.Paused, null)]
    [InlineData(TrajectoryPhase.Paused, "")]
    [InlineData(TrajectoryPhase.Paused, "   ")]
    [InlineData(TrajectoryPhase.Dropped, null)]
    [InlineData(TrajectoryPhase.Dropped, "")]
    [InlineData(TrajectoryPhase.Dropped, "   ")]
    public void Refuses_pause_or_drop_without_reason(TrajectoryPhase to, string? reason)
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.JobGuidance);

        var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(to, Later(), reason));

        Assert.Equal("Geef een reden op bij pauzeren of afbreken.", error.Message);
        Assert.Equal(TrajectoryPhase.JobGuidance, trajectory.Phase);
    }

    [Fact]
    public void Pauses_with_a_trimmed_reason_and_remembers_the_phase_it_paused_from()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Placement);

        trajectory.MoveTo(TrajectoryPhase.Paused, Later(), "  Langdurig ziek  ");

        Assert.Equal(TrajectoryPhase.Paused, trajectory.Phase);
        Assert.Equal(TrajectoryPhase.Placement, trajectory.PausedFrom);
        Assert.Equal("Langdurig ziek", trajectory.Moves[^1].Reason);
        Assert.False(trajectory.IsEnded);
        Assert.Null(trajectory.EndedAt);
    }

    [Theory]
    [InlineData(TrajectoryPhase.Intake)]
    [InlineData(TrajectoryPhase.Activation)]
    [InlineData(TrajectoryPhase.Placement)]
    [InlineData(TrajectoryPhase.Aftercare)]
    public void Resumes_a_paused_trajectory_in_the_phase_it_was_paused_from(TrajectoryPhase pausedIn)
    {
        var trajectory = TrajectoryIn(pausedIn);
        trajectory.MoveTo(TrajectoryPhase.Paused, Later(), "Vakantie");

        Assert.Equal([pausedIn, TrajectoryPhase.Dropped], trajectory.AllowedMoves());
        trajectory.MoveTo(pausedIn, Later());

        Assert.Equal(pausedIn, trajectory.Phase);
        Assert.Null(trajectory.PausedFrom);
    }

    [Theory]
    [InlineData(TrajectoryPhase.JobGuidance)]
    [InlineData(TrajectoryPhase.Aftercare)]
    [InlineData(TrajectoryPhase.Intake)]
    [InlineData(TrajectoryPhase.Paused)]
    [InlineData(TrajectoryPhase.Completed)]
    public void Refuses_resuming_a_paused_trajectory_in_another_phase(TrajectoryPhase to)
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Placement);
        trajectory.MoveTo(TrajectoryPhase.Paused, Later(), "Vakantie");

        var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(to, Later(), "reden"));

        Assert.StartsWith("Een traject in fase 'Gepauzeerd' kan niet naar", error.Message, StringComparison.Ordinal);
        Assert.Equal(TrajectoryPhase.Paused, trajectory.Phase);
        Assert.Equal(TrajectoryPhase.Placement, trajectory.PausedFrom);
    }

    [Fact]
    public void Drops_a_paused_trajectory_with_a_reason()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Activation);
        trajectory.MoveTo(TrajectoryPhase.Paused, Later(), "Zwanger");
        var droppedAt = Later();

        trajectory.MoveTo(TrajectoryPhase.Dropped, droppedAt, "Komt niet terug");

        Assert.Equal(TrajectoryPhase.Dropped, trajectory.Phase);
        Assert.Equal(droppedAt, trajectory.EndedAt);
    }

    [Theory]
    [InlineData(TrajectoryPhase.Intake)]
    [InlineData(TrajectoryPhase.Activation)]
    [InlineData(TrajectoryPhase.JobGuidance)]
    [InlineData(TrajectoryPhase.Placement)]
    public void Refuses_completion_before_aftercare(TrajectoryPhase from)
    {
        var trajectory = TrajectoryIn(from);

        var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(TrajectoryPhase.Completed, Later()));

        Assert.EndsWith("kan niet naar 'Afgerond'.", error.Message, StringComparison.Ordinal);
        Assert.Null(trajectory.EndedAt);
    }

    [Fact]
    public void Completes_after_aftercare_and_records_when_it_ended()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Aftercare);
        var completedAt = Later();

        trajectory.MoveTo(TrajectoryPhase.Completed, completedAt);

        Assert.Equal(TrajectoryPhase.Completed, trajectory.Phase);
        Assert.True(trajectory.IsEnded);
        Assert.Equal(completedAt, trajectory.EndedAt);
    }

    [Fact]
    public void Allows_no_move_at_all_once_completed()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Completed);
        var endedAt = trajectory.EndedAt;

        Assert.Empty(trajectory.AllowedMoves());
        foreach (var to in Enum.GetValues<TrajectoryPhase>())
        {
            var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(to, Later(), "reden"));
            Assert.StartsWith("Een traject in fase 'Afgerond' kan niet naar", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(TrajectoryPhase.Completed, trajectory.Phase);
        Assert.Equal(endedAt, trajectory.EndedAt);
    }

    [Fact]
    public void Allows_no_move_at_all_once_dropped()
    {
        var trajectory = DroppedTrajectory();
        var endedAt = trajectory.EndedAt;

        Assert.NotNull(endedAt);
        Assert.True(trajectory.IsEnded);
        Assert.Empty(trajectory.AllowedMoves());
        foreach (var to in Enum.GetValues<TrajectoryPhase>())
        {
            var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(to, Later(), "reden"));
            Assert.StartsWith("Een traject in fase 'Afgebroken' kan niet naar", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(TrajectoryPhase.Dropped, trajectory.Phase);
        Assert.Equal(endedAt, trajectory.EndedAt);
    }

    [Fact]
    public void Restarts_a_dropped_trajectory_as_the_next_episode_in_intake()
    {
        var dropped = DroppedTrajectory();
        var restartedAt = Later();

        var restarted = dropped.Restart(restartedAt);

        Assert.NotEqual(dropped.Id, restarted.Id);
        Assert.Equal(2, restarted.Episode);
        Assert.Equal(ParticipantId, restarted.ParticipantId);
        Assert.Equal(MunicipalityId, restarted.MunicipalityId);
        Assert.Equal(TrajectoryPhase.Intake, restarted.Phase);
        Assert.Equal(restartedAt, restarted.StartedAt);
        Assert.Null(restarted.EndedAt);
        var move = Assert.Single(restarted.Moves);
        Assert.Equal(restarted.Id, move.TrajectoryId);
        // The old episode stays as it was: dropped, with its own history.
        Assert.Equal(TrajectoryPhase.Dropped, dropped.Phase);
        Assert.Equal(3, dropped.Moves.Count);
    }

    [Fact]
    public void Restarts_a_restarted_trajectory_as_episode_three()
    {
        var second = DroppedTrajectory().Restart(Later());
        second.MoveTo(TrajectoryPhase.Dropped, Later(), "Weer gestopt");

        var third = second.Restart(Later());

        Assert.Equal(3, third.Episode);
    }

    [Theory]
    [InlineData(TrajectoryPhase.Intake)]
    [InlineData(TrajectoryPhase.Placement)]
    [InlineData(TrajectoryPhase.Completed)]
    public void Refuses_restart_of_a_trajectory_that_was_not_dropped(TrajectoryPhase phase)
    {
        var trajectory = TrajectoryIn(phase);

        var error = Assert.Throws<DomainException>(() => trajectory.Restart(Later()));

        Assert.Equal("Alleen een afgebroken traject kan opnieuw beginnen.", error.Message);
    }

    [Fact]
    public void Refuses_restart_of_a_paused_trajectory()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Activation);
        trajectory.MoveTo(TrajectoryPhase.Paused, Later(), "Ziek");

        var error = Assert.Throws<DomainException>(() => trajectory.Restart(Later()));

        Assert.Equal("Alleen een afgebroken traject kan opnieuw beginnen.", error.Message);
    }

    [Fact]
    public void Refuses_a_move_dated_before_the_previous_one()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Activation);
        var previous = trajectory.Moves[^1].At;

        var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(TrajectoryPhase.JobGuidance, previous.AddMinutes(-1)));

        Assert.Equal("Een fasewissel kan niet eerder liggen dan de vorige.", error.Message);
        Assert.Equal(TrajectoryPhase.Activation, trajectory.Phase);
    }

    [Fact]
    public void Refuses_a_first_move_dated_before_the_start()
    {
        var trajectory = NewTrajectory();

        var error = Assert.Throws<DomainException>(() => trajectory.MoveTo(TrajectoryPhase.Activation, Start.AddDays(-1)));

        Assert.Equal("Een fasewissel kan niet eerder liggen dan de vorige.", error.Message);
    }

    [Fact]
    public void Accepts_a_move_at_the_same_moment_as_the_previous_one()
    {
        var trajectory = NewTrajectory();

        trajectory.MoveTo(TrajectoryPhase.Activation, Start);

        Assert.Equal(TrajectoryPhase.Activation, trajectory.Phase);
    }

    [Fact]
    public void Refuses_a_reason_longer_than_the_limit()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Activation);

        var error = Assert.Throws<DomainException>(() =>
            trajectory.MoveTo(TrajectoryPhase.Paused, Later(), new string('x', Limits.ReasonLength + 1)));

        Assert.Equal($"De reden mag hoogstens {Limits.ReasonLength} tekens lang zijn.", error.Message);
        Assert.Equal(TrajectoryPhase.Activation, trajectory.Phase);
    }

    [Fact]
    public void Accepts_a_reason_of_exactly_the_limit()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Activation);
        var reason = new string('x', Limits.ReasonLength);

        trajectory.MoveTo(TrajectoryPhase.Paused, Later(), reason);

        Assert.Equal(reason, trajectory.Moves[^1].Reason);
    }

    [Fact]
    public void Keeps_every_move_with_from_to_moment_and_reason()
    {
        var trajectory = NewTrajectory();
        var t1 = Later();
        var t2 = Later();
        var t3 = Later();
        var t4 = Later();

        trajectory.MoveTo(TrajectoryPhase.Activation, t1);
        trajectory.MoveTo(TrajectoryPhase.Paused, t2, "Ziek");
        trajectory.MoveTo(TrajectoryPhase.Activation, t3, "  ");
        trajectory.MoveTo(TrajectoryPhase.Dropped, t4, "Verhuisd");

        (TrajectoryPhase? From, TrajectoryPhase To, DateTimeOffset At, string? Reason)[] expected =
        [
            (null, TrajectoryPhase.Intake, Start, null),
            (TrajectoryPhase.Intake, TrajectoryPhase.Activation, t1, null),
            (TrajectoryPhase.Activation, TrajectoryPhase.Paused, t2, "Ziek"),
            (TrajectoryPhase.Paused, TrajectoryPhase.Activation, t3, null),
            (TrajectoryPhase.Activation, TrajectoryPhase.Dropped, t4, "Verhuisd"),
        ];
        Assert.Equal(expected, trajectory.Moves.Select(m => (m.From, m.To, m.At, m.Reason)));
        Assert.All(trajectory.Moves, m =>
        {
            Assert.Equal(trajectory.Id, m.TrajectoryId);
            Assert.Equal(MunicipalityId, m.MunicipalityId);
        });
        Assert.Equal(trajectory.Moves.Count, trajectory.Moves.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void Has_no_end_date_while_it_is_running_or_paused()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Aftercare);
        Assert.Null(trajectory.EndedAt);

        trajectory.MoveTo(TrajectoryPhase.Paused, Later(), "Vakantie");

        Assert.Null(trajectory.EndedAt);
    }

    [Fact]
    public void Refuses_a_restart_dated_before_the_dropped_trajectory_ended()
    {
        var dropped = DroppedTrajectory();

        var error = Assert.Throws<DomainException>(() => dropped.Restart(dropped.EndedAt!.Value.AddDays(-1)));

        Assert.Equal("Een nieuw traject kan niet beginnen vóór het einde van het vorige.", error.Message);
    }

    [Fact]
    public void Measures_the_reason_after_trimming_it()
    {
        var trajectory = TrajectoryIn(TrajectoryPhase.Activation);

        trajectory.MoveTo(TrajectoryPhase.Paused, Later(), new string('r', Limits.ReasonLength) + "   ");

        Assert.Equal(Limits.ReasonLength, trajectory.Moves[^1].Reason!.Length);
    }
}
