using FluentValidation;
using KixWorks.Domain.Intakes;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Step 5: the diversiteitsvlechtwerk as a conversation guide. Only "discussed" and the consequences for work.</summary>
public sealed class DiversityForm : IntakeStepForm
{
    public List<DiversityCharacteristic> Discussed { get; set; } = [];
    public string? WorkConsequences { get; set; }

    public override IntakeStep Step => IntakeStep.Diversity;

    public override void LoadFrom(Intake intake, HealthLimitations? health) =>
        (Discussed, WorkConsequences) = ([.. intake.DiscussedCharacteristics], intake.WorkConsequences);

    public override void ApplyTo(Intake intake, HealthLimitations? health) =>
        intake.Save(new DiversityConversation(Discussed, WorkConsequences));

    public sealed class Validator : AbstractValidator<DiversityForm>
    {
        public Validator()
        {
            RuleForEach(f => f.Discussed).IsInEnum().WithMessage("Kies kenmerken uit de lijst.").WithErrorCode("Validation.Intake.CharacteristicNotInList")
                .OverridePropertyName(nameof(Discussed));
            RuleFor(f => f.WorkConsequences).IntakeText();
        }
    }
}
