using FluentValidation;
using KixWorks.Domain.Intakes;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Step 1: the person's story, background and inburgering.</summary>
public sealed class WhoYouAreForm : IntakeStepForm
{
    public string? Story { get; set; }
    public string? Background { get; set; }
    public InburgeringRoute? Route { get; set; }
    public ExamStatus? LanguageRequirement { get; set; }
    public ExamStatus? Knm { get; set; }
    public LanguageLevel? DutchLevel { get; set; }

    public override IntakeStep Step => IntakeStep.WhoYouAre;

    public override void LoadFrom(Intake intake, HealthLimitations? health) =>
        (Story, Background, Route, LanguageRequirement, Knm, DutchLevel) =
        (intake.Story, intake.Background, intake.Route, intake.LanguageRequirement, intake.Knm, intake.DutchLevel);

    public override void ApplyTo(Intake intake, HealthLimitations? health) =>
        intake.Save(new WhoYouAre(Story, Background, Route, LanguageRequirement, Knm, DutchLevel));

    public sealed class Validator : AbstractValidator<WhoYouAreForm>
    {
        public Validator()
        {
            RuleFor(f => f.Story).IntakeText();
            RuleFor(f => f.Background).IntakeText();
            RuleFor(f => f.Route).FromList();
            RuleFor(f => f.LanguageRequirement).FromList();
            RuleFor(f => f.Knm).FromList();
            RuleFor(f => f.DutchLevel).FromList();
        }
    }
}
