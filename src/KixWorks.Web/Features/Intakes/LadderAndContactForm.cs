using FluentValidation;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Step 7: the Participatieladder rung and the contact agreement (channel and frequency).</summary>
public sealed class LadderAndContactForm : IntakeStepForm
{
    public ParticipationRung? Rung { get; set; }
    public ContactChannel? PreferredChannel { get; set; }
    public ContactFrequency? Frequency { get; set; }

    public override IntakeStep Step => IntakeStep.LadderAndContact;

    public override void LoadFrom(Intake intake, HealthLimitations? health) =>
        (Rung, PreferredChannel, Frequency) = (intake.Rung, intake.PreferredChannel, intake.ContactFrequency);

    public override void ApplyTo(Intake intake, HealthLimitations? health) =>
        intake.Save(new LadderAndContact(Rung!.Value, PreferredChannel!.Value, Frequency!.Value));

    public sealed class Validator : AbstractValidator<LadderAndContactForm>
    {
        public Validator()
        {
            RuleFor(f => f.Rung).NotNull().WithMessage("Kies een trede van de participatieladder.").WithErrorCode("Validation.Intake.RungRequired").FromList();
            RuleFor(f => f.PreferredChannel).NotNull().WithMessage("Kies hoe de deelnemer het liefst contact heeft.")
                .WithErrorCode("Validation.Intake.ChannelRequired").FromList();
            RuleFor(f => f.Frequency).NotNull().WithMessage("Kies hoe vaak jullie contact hebben.").WithErrorCode("Validation.Intake.FrequencyRequired").FromList();
        }
    }
}
