using KixWorks.Domain.Intakes;
using KixWorks.UnitTests.TestSupport;
using KixWorks.Web.Features.Intakes;

namespace KixWorks.UnitTests.Features.Intakes;

public sealed class IntakeStepFormTests
{
    [Fact]
    public void New_goals_are_one_per_line_and_blank_lines_are_skipped() =>
        Assert.Equal(["Kapper worden", "Rijbewijs halen"], WhatYouWantForm.Lines("  Kapper worden \r\n\r\n Rijbewijs halen\n"));

    [Fact]
    public void More_than_ten_new_goals_at_once_are_refused()
    {
        var form = new WhatYouWantForm { NewGoalLines = string.Join('\n', Enumerable.Range(1, 11).Select(i => $"Doel {i}")) };

        var result = new WhatYouWantForm.Validator().Validate(form);

        Assert.Equal(["Vul hoogstens 10 doelen tegelijk in."], result.MessagesFor(nameof(WhatYouWantForm.NewGoalLines)));
    }

    [Fact]
    public void A_ticked_barrier_without_action_is_refused_next_to_its_action_field()
    {
        var form = new BarriersForm();
        form.Rows[2].Selected = true;

        var result = new BarriersForm.Validator().Validate(form);

        Assert.Equal(["Vul een actie of doorverwijzing in voor deze belemmering."], result.MessagesFor("Rows[2].Action"));
    }

    [Fact]
    public void An_unticked_barrier_needs_nothing() => Assert.True(new BarriersForm.Validator().Validate(new BarriersForm()).IsValid);

    [Fact]
    public void Loading_the_barriers_step_ticks_the_saved_barriers_and_keeps_one_row_per_kind()
    {
        var intake = Intake.Start(Guid.NewGuid(), 1, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        intake.Save([new IntakeBarrier(BarrierKind.Housing, "Woont bij familie", "Inschrijven woningnet")]);
        var form = new BarriersForm();

        form.LoadFrom(intake, null);

        Assert.Equal(Enum.GetValues<BarrierKind>().Length, form.Rows.Count);
        var housing = Assert.Single(form.Rows, r => r.Selected);
        Assert.Equal((BarrierKind.Housing, "Inschrijven woningnet"), (housing.Kind, housing.Action));
    }

    [Fact]
    public void Every_step_has_a_form() =>
        Assert.All(Enum.GetValues<IntakeStep>(), step => Assert.Equal(step, IntakeStepForm.For((int)step)!.Step));

    [Fact]
    public void There_is_no_step_zero_or_eight()
    {
        Assert.Null(IntakeStepForm.For(0));
        Assert.Null(IntakeStepForm.For(Intake.StepCount + 1));
    }
}
