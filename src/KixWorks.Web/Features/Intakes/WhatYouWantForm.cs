using FluentValidation;
using KixWorks.Domain.Intakes;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Step 3: change talk in the participant's own words and the outflow wish.</summary>
public sealed class WhatYouWantForm : IntakeStepForm
{
    public string? ChangeTalk { get; set; }
    public OutflowWish? OutflowWish { get; set; }

    public override IntakeStep Step => IntakeStep.WhatYouWant;

    public override void LoadFrom(Intake intake, HealthLimitations? health) =>
        (ChangeTalk, OutflowWish) = (intake.ChangeTalk, intake.OutflowWish);

    public override void ApplyTo(Intake intake, HealthLimitations? health) =>
        intake.Save(new WhatYouWant(ChangeTalk, OutflowWish));

    public sealed class Validator : AbstractValidator<WhatYouWantForm>
    {
        public Validator()
        {
            RuleFor(f => f.ChangeTalk).IntakeText();
            RuleFor(f => f.OutflowWish).FromList();
        }
    }
}
