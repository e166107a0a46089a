using FluentValidation;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KixWorks.Web.Features.Intakes;

/// <summary>What every intake step form posts besides its answers, and what its page shows around them.
/// The participant and intake number come from the route, never from the form.</summary>
public abstract class IntakeStepForm
{
    [BindNever] public Guid ParticipantId { get; set; }
    [BindNever] public int Number { get; set; }
    /// <summary>The step's revision when the form was loaded: a newer one in the database means a colleague saved in between.</summary>
    public int Revision { get; set; }
    /// <summary>Which button: "Opslaan en verder" (true) or "Opslaan, later verder" (false).</summary>
    public bool Continue { get; set; }

    [BindNever] public string ParticipantName { get; set; } = "";
    /// <summary>Per step whether it was saved, for the step list.</summary>
    [BindNever] public IReadOnlyList<bool> Saved { get; set; } = [];

    public abstract IntakeStep Step { get; }

    public abstract void LoadFrom(Intake intake, HealthLimitations? health);

    /// <summary>Writes the answers to the intake; a domain rule may refuse them (DomainException).</summary>
    public abstract void ApplyTo(Intake intake, HealthLimitations? health);

    /// <summary>Goals typed in this step. They live on with their own status, outside the intake version.</summary>
    public virtual IReadOnlyList<Goal> NewGoals(Intake intake, DateTimeOffset at) => [];

    public static IntakeStepForm? For(int step) => (IntakeStep)step switch
    {
        IntakeStep.WhoYouAre => new WhoYouAreForm(),
        IntakeStep.WhatYouCan => new WhatYouCanForm(),
        IntakeStep.WhatYouWant => new WhatYouWantForm(),
        IntakeStep.Barriers => new BarriersForm(),
        IntakeStep.Diversity => new DiversityForm(),
        IntakeStep.Health => new HealthForm(),
        IntakeStep.LadderAndContact => new LadderAndContactForm(),
        _ => null,
    };
}

internal static class IntakeTextRules
{
    /// <summary>Every free-text answer has the same limit and the same message.</summary>
    public static IRuleBuilderOptions<T, string?> IntakeText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Intake.TextLength)
            .WithMessage($"Dit antwoord mag hoogstens {Intake.TextLength} tekens lang zijn.").WithErrorCode("Validation.Intake.TextTooLong");

    public static IRuleBuilderOptions<T, TEnum?> FromList<T, TEnum>(this IRuleBuilder<T, TEnum?> rule) where TEnum : struct, Enum =>
        rule.IsInEnum().WithMessage("Kies een waarde uit de lijst.").WithErrorCode("Validation.Intake.NotInList");
}
