using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;

namespace KixWorks.UnitTests.Domain.Participants;

public sealed class GoalTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Participant = Guid.NewGuid();

    [Fact]
    public void A_new_goal_is_open_in_the_participants_trimmed_own_words()
    {
        var goal = Goal.Add(Participant, "  Ik wil graag vaker Nederlands praten. ", null, Now);

        Assert.Equal("Ik wil graag vaker Nederlands praten.", goal.OwnWords);
        Assert.Null(goal.SimpleWords);
        Assert.Equal(GoalStatus.Open, goal.Status);
        Assert.Equal(Now, goal.CreatedAt);
        Assert.Equal(Now, goal.StatusChangedAt);
        Assert.Equal(Participant, goal.ParticipantId);
    }

    [Fact]
    public void The_plan_shows_the_simple_words_and_falls_back_to_the_own_words()
    {
        Assert.Equal("Ik praat meer Nederlands.", Goal.Add(Participant, "Ik wil mijn Nederlands verbeteren door te oefenen.", " Ik praat meer Nederlands. ", Now).PlanWords);
        Assert.Equal("Werken in de zorg.", Goal.Add(Participant, "Werken in de zorg.", "   ", Now).PlanWords);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_a_goal_without_own_words(string words)
    {
        var error = Assert.Throws<DomainException>(() => Goal.Add(Participant, words, null, Now));

        Assert.Equal("Schrijf het doel op in de woorden van de deelnemer.", error.Message);
    }

    [Fact]
    public void Refuses_words_that_are_too_long_and_a_goal_without_participant()
    {
        Assert.Throws<DomainException>(() => Goal.Add(Participant, new string('a', Goal.OwnWordsLength + 1), null, Now));
        Assert.Throws<DomainException>(() => Goal.Add(Participant, "Werk", new string('a', Goal.SimpleWordsLength + 1), Now));
        Assert.Throws<DomainException>(() => Goal.Add(Guid.Empty, "Werk", null, Now));
        Assert.Equal(Goal.OwnWordsLength, Goal.Add(Participant, new string('a', Goal.OwnWordsLength), null, Now).OwnWords.Length);
    }

    [Fact]
    public void Changing_the_status_records_when()
    {
        var goal = Goal.Add(Participant, "Werk", null, Now);

        goal.ChangeStatus(GoalStatus.InProgress, Now.AddDays(3));

        Assert.Equal(GoalStatus.InProgress, goal.Status);
        Assert.Equal(Now.AddDays(3), goal.StatusChangedAt);
        Assert.Equal(Now, goal.CreatedAt);
    }

    [Fact]
    public void Choosing_the_same_status_changes_nothing_and_an_unknown_status_is_refused()
    {
        var goal = Goal.Add(Participant, "Werk", null, Now);
        goal.ChangeStatus(GoalStatus.Achieved, Now.AddDays(1));

        goal.ChangeStatus(GoalStatus.Achieved, Now.AddDays(2));

        Assert.Equal(Now.AddDays(1), goal.StatusChangedAt);
        Assert.Throws<DomainException>(() => goal.ChangeStatus((GoalStatus)42, Now));
    }

    [Fact]
    public void Rewording_replaces_both_wordings_and_keeps_the_status()
    {
        var goal = Goal.Add(Participant, "Werk", "Werk", Now);
        goal.ChangeStatus(GoalStatus.InProgress, Now);

        goal.Reword("Ik wil werken in een keuken.", null);

        Assert.Equal("Ik wil werken in een keuken.", goal.OwnWords);
        Assert.Null(goal.SimpleWords);
        Assert.Equal(GoalStatus.InProgress, goal.Status);
        Assert.Throws<DomainException>(() => goal.Reword(" ", null));
        Assert.Equal("Ik wil werken in een keuken.", goal.OwnWords);
    }
}
