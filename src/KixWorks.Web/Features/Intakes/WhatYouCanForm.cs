using FluentValidation;
using KixWorks.Domain.Intakes;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Step 2: talents, work experience, education and diplomas.</summary>
public sealed class WhatYouCanForm : IntakeStepForm
{
    public string? Talents { get; set; }
    public string? WorkExperience { get; set; }
    public string? Education { get; set; }
    public string? Diplomas { get; set; }

    public override IntakeStep Step => IntakeStep.WhatYouCan;

    public override void LoadFrom(Intake intake, HealthLimitations? health) =>
        (Talents, WorkExperience, Education, Diplomas) = (intake.Talents, intake.WorkExperience, intake.Education, intake.Diplomas);

    public override void ApplyTo(Intake intake, HealthLimitations? health) =>
        intake.Save(new WhatYouCan(Talents, WorkExperience, Education, Diplomas));

    public sealed class Validator : AbstractValidator<WhatYouCanForm>
    {
        public Validator()
        {
            RuleFor(f => f.Talents).IntakeText();
            RuleFor(f => f.WorkExperience).IntakeText();
            RuleFor(f => f.Education).IntakeText();
            RuleFor(f => f.Diplomas).IntakeText();
        }
    }
}
