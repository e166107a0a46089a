using FluentValidation;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Step 3: goals and change talk in the participant's own words, and the outflow wish.</summary>
public sealed class WhatYouWantForm : IntakeStepForm
{
    public string? ChangeTalk { get; set; }
    public OutflowWish? OutflowWish { get; set; }
    /// <summary>New goals, one per line, in the participant's own words.</summary>
    public string? NewGoalLines { get; set; }
    /// <summary>The goals the participant already has, shown above the box for new ones.</summary>
    [BindNever] public IReadOnlyList<string> ExistingGoals { get; set; } = [];

    public const int MaxNewGoals = 10;

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public override IntakeStep Step => IntakeStep.WhatYouWant;

    public override void LoadFrom(Intake intake, HealthLimitations? health) =>
        (ChangeTalk, OutflowWish) = (intake.ChangeTalk, intake.OutflowWish);

    public override void ApplyTo(Intake intake, HealthLimitations? health) =>
        intake.Save(new WhatYouWant(ChangeTalk, OutflowWish));

    public override IReadOnlyList<Goal> NewGoals(Intake intake, DateTimeOffset at) =>
        Lines(NewGoalLines).Select(line => Goal.Add(intake.ParticipantId, line, null, at)).ToList();

    public sealed class Validator : AbstractValidator<WhatYouWantForm>
    {
        public Validator()
        {
            RuleFor(f => f.ChangeTalk).IntakeText();
            RuleFor(f => f.OutflowWish).FromList();
            RuleFor(f => f.NewGoalLines)
                .Must(text => Lines(text).Count <= MaxNewGoals).WithMessage($"Vul hoogstens {MaxNewGoals} doelen tegelijk in.")
                .WithErrorCode("Validation.Intake.TooManyGoals")
                .Must(text => Lines(text).All(line => line.Length <= Goal.OwnWordsLength))
                .WithMessage($"Een doel mag hoogstens {Goal.OwnWordsLength} tekens lang zijn.").WithErrorCode("Validation.Intake.GoalTooLong");
        }
    }
}
