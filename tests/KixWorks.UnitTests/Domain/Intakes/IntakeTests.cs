using KixWorks.Domain.Common;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;

namespace KixWorks.UnitTests.Domain.Intakes;

public sealed class IntakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Participant = Guid.NewGuid();
    private static readonly Guid Consultant = Guid.NewGuid();

    private static Intake Started() => Intake.Start(Participant, 1, Consultant, Now);

    private static Intake AllStepsSaved()
    {
        var intake = Started();
        intake.Save(new WhoYouAre("Verhaal", null, InburgeringRoute.B1Route, ExamStatus.InProgress, ExamStatus.Passed, LanguageLevel.A2));
        intake.Save(new WhatYouCan("Koken", null, null, null));
        intake.Save(new WhatYouWant("Ik wil werken.", OutflowWish.PaidWork));
        intake.Save([new IntakeBarrier(BarrierKind.Childcare, null, "Aanmelden kinderopvang")]);
        intake.Save(new DiversityConversation([DiversityCharacteristic.ReligionOrBelief], "Geen varkensvlees."));
        intake.SaveHealth(HealthLimitations.For(intake), "Kan niet tillen.", null);
        intake.Save(new LadderAndContact(ParticipationRung.SocialContacts, ContactChannel.WhatsApp, ContactFrequency.EveryTwoWeeks));
        return intake;
    }

    [Fact]
    public void A_new_intake_has_no_step_saved_and_resumes_at_the_first()
    {
        var intake = Started();

        Assert.All(Enum.GetValues<IntakeStep>(), step => Assert.False(intake.IsSaved(step)));
        Assert.Equal(IntakeStep.WhoYouAre, intake.FirstUnsavedStep);
    }

    [Fact]
    public void Saving_a_step_raises_only_that_steps_revision()
    {
        var intake = Started();

        intake.Save(new WhatYouCan("Koken", null, null, null));
        intake.Save(new WhatYouCan("Koken en bakken", null, null, null));

        Assert.Equal(2, intake.Revision(IntakeStep.WhatYouCan));
        Assert.Equal(0, intake.Revision(IntakeStep.WhoYouAre));
        Assert.Equal(IntakeStep.WhoYouAre, intake.FirstUnsavedStep);
    }

    [Fact]
    public void Answers_are_trimmed_and_empty_answers_become_nothing()
    {
        var intake = Started();

        intake.Save(new WhatYouCan("  Koken  ", "   ", null, null));

        Assert.Equal("Koken", intake.Talents);
        Assert.Null(intake.WorkExperience);
    }

    [Fact]
    public void A_barrier_needs_an_action_and_another_barrier_a_description()
    {
        var intake = Started();

        Assert.Throws<DomainException>(() => intake.Save([new IntakeBarrier(BarrierKind.Debts, "Schulden", " ")]));
        Assert.Throws<DomainException>(() => intake.Save([new IntakeBarrier(BarrierKind.Other, null, "Uitzoeken")]));
        Assert.Throws<DomainException>(() => intake.Save([new IntakeBarrier(BarrierKind.Debts, null, "A"), new IntakeBarrier(BarrierKind.Debts, null, "B")]));
        Assert.False(intake.IsSaved(IntakeStep.Barriers));
    }

    [Fact]
    public void An_answer_over_the_limit_is_refused()
    {
        var intake = Started();

        Assert.Throws<DomainException>(() => intake.Save(new WhatYouCan(new string('x', Intake.TextLength + 1), null, null, null)));
    }

    [Fact]
    public void Completing_needs_every_step_saved()
    {
        var intake = Started();
        intake.Save(new WhoYouAre(null, null, null, null, null, null));

        var refused = Assert.Throws<DomainException>(() => intake.Complete(Consultant, Now));

        Assert.Equal("Sla eerst alle stappen van de intake op.", refused.Message);
        Assert.False(intake.IsCompleted);
    }

    [Fact]
    public void A_completed_intake_is_a_record_that_cannot_change()
    {
        var intake = AllStepsSaved();
        intake.Complete(Consultant, Now);

        Assert.True(intake.IsCompleted);
        Assert.Throws<DomainException>(() => intake.Save(new WhatYouCan("Anders", null, null, null)));
        Assert.Equal("Koken", intake.Talents);
    }

    [Fact]
    public void A_reintake_starts_from_the_previous_answers_with_every_step_still_to_go_through()
    {
        var first = AllStepsSaved();
        first.Complete(Consultant, Now);

        var second = Intake.Start(Participant, 2, Consultant, Now.AddMonths(6), first);

        Assert.Equal(2, second.Number);
        Assert.Equal("Koken", second.Talents);
        Assert.Equal(ContactFrequency.EveryTwoWeeks, second.ContactFrequency);
        Assert.Equal(BarrierKind.Childcare, Assert.Single(second.Barriers).Kind);
        Assert.Equal(IntakeStep.WhoYouAre, second.FirstUnsavedStep);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void A_reintake_cannot_start_while_the_previous_intake_is_open()
    {
        Assert.Throws<DomainException>(() => Intake.Start(Participant, 2, Consultant, Now, Started()));
    }

    [Fact]
    public void The_diversity_step_keeps_only_which_strands_were_discussed()
    {
        var intake = Started();

        intake.Save(new DiversityConversation([DiversityCharacteristic.Language, DiversityCharacteristic.Age, DiversityCharacteristic.Language], "Wil parttime werken."));

        Assert.Equal([DiversityCharacteristic.Age, DiversityCharacteristic.Language], intake.DiscussedCharacteristics);
        Assert.Equal("Wil parttime werken.", intake.WorkConsequences);
    }

    [Fact]
    public void Health_limitations_of_another_intake_are_not_accepted()
    {
        var intake = Started();
        var other = HealthLimitations.For(Started());

        Assert.Throws<InvalidOperationException>(() => intake.SaveHealth(other, "x", null));
    }
}
