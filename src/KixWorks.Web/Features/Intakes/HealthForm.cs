using FluentValidation;
using KixWorks.Domain.Intakes;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Step 6: work-relevant health limitations (its own policy, its own table, its own access-log part).</summary>
public sealed class HealthForm : IntakeStepForm
{
    public string? Limitations { get; set; }
    public string? Adjustments { get; set; }

    public override IntakeStep Step => IntakeStep.Health;

    public override void LoadFrom(Intake intake, HealthLimitations? health) =>
        (Limitations, Adjustments) = (health?.Limitations, health?.Adjustments);

    public override void ApplyTo(Intake intake, HealthLimitations? health) =>
        intake.SaveHealth(health ?? throw new InvalidOperationException("The handler provides the health record."), Limitations, Adjustments);

    public sealed class Validator : AbstractValidator<HealthForm>
    {
        public Validator()
        {
            RuleFor(f => f.Limitations).IntakeText();
            RuleFor(f => f.Adjustments).IntakeText();
        }
    }
}
