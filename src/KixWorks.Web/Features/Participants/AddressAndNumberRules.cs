using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;

namespace KixWorks.Web.Features.Participants;

/// <summary>The rules for address, klantnummer and BSN on the participant forms; the value logic is in the domain
/// (<see cref="Postcode"/>, <see cref="Address"/>, <see cref="Bsn"/>, <see cref="ClientNumbers"/>).</summary>
public sealed class AddressAndNumberRules : AbstractValidator<ParticipantFields>
{
    public AddressAndNumberRules()
    {
        RuleFor(c => c.Street).MaximumLength(Limits.StreetLength)
            .WithMessage($"De straat mag hoogstens {Limits.StreetLength} tekens lang zijn.").WithErrorCode("Validation.Participant.StreetTooLong");
        RuleFor(c => c.HouseNumber).InclusiveBetween(1, Address.MaxHouseNumber)
            .WithMessage($"Het huisnummer is een getal van 1 tot en met {Address.MaxHouseNumber}.").WithErrorCode("Validation.Participant.HouseNumberOutOfRange");
        // Postcode and house number are the Dutch minimum of an address: one without the other is not enough.
        RuleFor(c => c.HouseNumber).NotNull().When(c => Given(c.Postcode) || Given(c.HouseNumberAddition))
            .WithMessage("Vul ook het huisnummer in: postcode en huisnummer horen bij elkaar.").WithErrorCode("Validation.Participant.HouseNumberRequired");
        RuleFor(c => c.HouseNumberAddition).Must(Address.IsValidAddition)
            .WithMessage($"De toevoeging bestaat uit hoogstens {Limits.HouseNumberAdditionLength} letters, cijfers of streepjes.")
            .WithErrorCode("Validation.Participant.HouseNumberAdditionInvalid");
        RuleFor(c => c.Postcode).Must(p => Postcode.TryParse(p, out _)).When(c => Given(c.Postcode))
            .WithMessage("Vul een geldige postcode in, bijvoorbeeld 1234 AB.").WithErrorCode("Validation.Participant.PostcodeInvalid");
        RuleFor(c => c.Postcode).NotEmpty().When(c => Given(c.Street) || c.HouseNumber is not null)
            .WithMessage("Vul ook de postcode in: postcode en huisnummer horen bij elkaar.").WithErrorCode("Validation.Participant.PostcodeRequired");
        RuleFor(c => c.City).MaximumLength(Limits.CityLength)
            .WithMessage($"De woonplaats mag hoogstens {Limits.CityLength} tekens lang zijn.").WithErrorCode("Validation.Participant.CityTooLong");
        RuleFor(c => c.ClientNumber).Must(ClientNumbers.IsValid)
            .WithMessage($"Het klantnummer bestaat uit hoogstens {Limits.ClientNumberLength} letters, cijfers of streepjes.")
            .WithErrorCode("Validation.Participant.ClientNumberInvalid");
        RuleFor(c => c.Bsn).Cascade(CascadeMode.Stop)
            .Must(b => Bsn.Digits(b) is not null).WithMessage("Een BSN bestaat uit 9 cijfers.").WithErrorCode("Validation.Participant.BsnFormat")
            .Must(b => Bsn.TryParse(b, out _)).WithMessage("Dit BSN klopt niet. Controleer de negen cijfers.").WithErrorCode("Validation.Participant.BsnInvalid")
            .When(c => Given(c.Bsn));
    }

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);
}
