using System.ComponentModel.DataAnnotations;
using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Web.Infrastructure.Time;

namespace KixWorks.Web.Features.Participants;

/// <summary>The personal-details fields shared by the register and edit forms (and their rules).
/// There is deliberately no MunicipalityId: the gemeente always comes from the signed-in user.</summary>
public abstract class ParticipantFields
{
    public string GivenName { get; set; } = "";
    public string? FamilyNamePrefix { get; set; }
    public string FamilyName { get; set; } = "";
    [Display(Name = "Field.DateOfBirth")]
    public DateOnly? DateOfBirth { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public TargetGroup? TargetGroup { get; set; }
    /// <summary>Language codes separated by commas, e.g. "nl, ar".</summary>
    public string? PreferredLanguages { get; set; }
    public string? Street { get; set; }
    [Display(Name = "Field.HouseNumber")]
    public int? HouseNumber { get; set; }
    public string? HouseNumberAddition { get; set; }
    public string? Postcode { get; set; }
    public string? City { get; set; }
    public string? ClientNumber { get; set; }
    /// <summary>As typed. On the edit form: a new BSN, empty to keep the stored one (which is never sent to the browser).</summary>
    public string? Bsn { get; set; }

    public PersonalDetails ToDetails() => new(
        GivenName, FamilyNamePrefix, FamilyName, DateOfBirth!.Value, Phone, Email, TargetGroup!.Value, SplitLanguages(PreferredLanguages),
        Address.Create(Street, HouseNumber, HouseNumberAddition, Postcode, City), ClientNumber);

    /// <summary>The typed BSN, or null when the field is empty. Call after validation.</summary>
    public Bsn? TypedBsn() => string.IsNullOrWhiteSpace(Bsn) ? null : Domain.Participants.Bsn.Parse(Bsn);

    public void CopyFrom(Participant participant)
    {
        GivenName = participant.GivenName;
        FamilyNamePrefix = participant.FamilyNamePrefix;
        FamilyName = participant.FamilyName;
        DateOfBirth = participant.DateOfBirth;
        Phone = participant.Phone;
        Email = participant.Email;
        TargetGroup = participant.TargetGroup;
        PreferredLanguages = string.Join(", ", participant.PreferredLanguages);
        (Street, HouseNumber, HouseNumberAddition, Postcode, City) =
            (participant.Street, participant.HouseNumber, participant.HouseNumberAddition, participant.Postcode, participant.City);
        ClientNumber = participant.ClientNumber;
        // Not the BSN: the edit form shows it masked and never renders the stored number.
    }

    public static IReadOnlyList<string> SplitLanguages(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.ToLowerInvariant()).Distinct().ToList();
}

public sealed class ParticipantFieldsRules : AbstractValidator<ParticipantFields>
{
    public ParticipantFieldsRules(TimeProvider time)
    {
        RuleFor(c => c.GivenName).NotEmpty().WithMessage("Vul de voornaam in.").WithErrorCode("Validation.Participant.GivenNameRequired")
            .MaximumLength(Limits.NameLength).WithMessage($"De voornaam mag hoogstens {Limits.NameLength} tekens lang zijn.").WithErrorCode("Validation.Participant.GivenNameTooLong");
        RuleFor(c => c.FamilyNamePrefix).MaximumLength(Limits.NamePrefixLength)
            .WithMessage($"Het tussenvoegsel mag hoogstens {Limits.NamePrefixLength} tekens lang zijn.").WithErrorCode("Validation.Participant.FamilyNamePrefixTooLong");
        RuleFor(c => c.FamilyName).NotEmpty().WithMessage("Vul de achternaam in.").WithErrorCode("Validation.Participant.FamilyNameRequired")
            .MaximumLength(Limits.NameLength).WithMessage($"De achternaam mag hoogstens {Limits.NameLength} tekens lang zijn.").WithErrorCode("Validation.Participant.FamilyNameTooLong");
        // Stop at the first failure: a missing date is neither "in the future" nor "over 100 years ago".
        RuleFor(c => c.DateOfBirth).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Vul de geboortedatum in als dd-mm-jjjj.").WithErrorCode("Validation.Participant.DateOfBirthRequired")
            .Must(d => d <= DutchTime.Today(time)).WithMessage("De geboortedatum ligt in de toekomst.").WithErrorCode("Validation.Participant.DateOfBirthInFuture")
            .Must(d => d >= DutchTime.Today(time).AddYears(-100)).WithMessage("Controleer de geboortedatum: de deelnemer zou ouder zijn dan 100 jaar.")
            .WithErrorCode("Validation.Participant.DateOfBirthTooLongAgo");
        RuleFor(c => c.Phone).MaximumLength(Limits.PhoneLength).WithMessage($"Het telefoonnummer mag hoogstens {Limits.PhoneLength} tekens lang zijn.")
            .WithErrorCode("Validation.Participant.PhoneTooLong")
            .Matches(@"^\+?[0-9 ()\-]{6,}$").When(c => !string.IsNullOrWhiteSpace(c.Phone))
            .WithMessage("Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.").WithErrorCode("Validation.Participant.PhoneInvalid");
        RuleFor(c => c.Email).MaximumLength(Limits.EmailLength).WithMessage("Dit e-mailadres is te lang.").WithErrorCode("Validation.Participant.EmailTooLong")
            .EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.Email))
            .WithMessage("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.").WithErrorCode("Validation.Participant.EmailInvalid");
        RuleFor(c => c.TargetGroup).NotNull().WithMessage("Kies een doelgroep.").WithErrorCode("Validation.Participant.TargetGroupRequired")
            .IsInEnum().WithMessage("Kies een doelgroep uit de lijst.").WithErrorCode("Validation.Participant.TargetGroupInvalid");
        RuleFor(c => c.PreferredLanguages)
            .Must(v => ParticipantFields.SplitLanguages(v).Count <= 10).WithMessage("Geef hoogstens 10 talen op.").WithErrorCode("Validation.Participant.TooManyLanguages")
            .Must(v => ParticipantFields.SplitLanguages(v).All(l => l.Length <= Limits.LanguageCodeLength))
            .WithMessage($"Gebruik taalcodes van hoogstens {Limits.LanguageCodeLength} tekens, bijvoorbeeld nl, ar, ti.")
            .WithErrorCode("Validation.Participant.LanguageCodeTooLong");
        Include(new AddressAndNumberRules());
    }
}
