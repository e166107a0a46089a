using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.UnitTests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using KixWorks.Web.Features.Participants;

namespace KixWorks.UnitTests.Features.Participants;

public sealed class ParticipantFieldsRulesTests
{
    /// <summary>27 November 2026, mid-morning UTC: "today" for every date rule below.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private readonly ParticipantFieldsRules _rules = new(new FakeTimeProvider(Now));

    private static RegisterParticipant.Command Valid() => new()
    {
        GivenName = "Anna",
        FamilyNamePrefix = "van den",
        FamilyName = "Berg",
        DateOfBirth = new DateOnly(1990, 5, 17),
        Phone = "06 12345678",
        Email = "anna@voorbeeld.nl",
        TargetGroup = TargetGroup.Statusholder,
        PreferredLanguages = "nl, ar",
    };

    private IReadOnlyList<string> MessagesFor(RegisterParticipant.Command command, string property) =>
        _rules.Validate(command).MessagesFor(property);

    [Fact]
    public void Accepts_a_complete_participant()
    {
        var result = _rules.Validate(Valid());

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
    }

    [Fact]
    public void Accepts_a_participant_without_the_optional_fields()
    {
        var command = Valid();
        command.FamilyNamePrefix = null;
        command.Phone = null;
        command.Email = "  ";
        command.PreferredLanguages = null;

        var result = _rules.Validate(command);

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_a_missing_given_name(string givenName)
    {
        var command = Valid();
        command.GivenName = givenName;

        Assert.Equal(["Vul de voornaam in."], MessagesFor(command, nameof(command.GivenName)));
    }

    [Fact]
    public void Rejects_a_given_name_longer_than_the_limit()
    {
        var command = Valid();
        command.GivenName = new string('a', Limits.NameLength + 1);

        Assert.Equal(["De voornaam mag hoogstens 100 tekens lang zijn."], MessagesFor(command, nameof(command.GivenName)));
    }

    [Fact]
    public void Accepts_a_given_name_of_exactly_the_limit()
    {
        var command = Valid();
        command.GivenName = new string('a', Limits.NameLength);

        Assert.Empty(MessagesFor(command, nameof(command.GivenName)));
    }

    [Fact]
    public void Rejects_a_prefix_longer_than_the_limit()
    {
        var command = Valid();
        command.FamilyNamePrefix = new string('v', Limits.NamePrefixLength + 1);

        Assert.Equal(["Het tussenvoegsel mag hoogstens 20 tekens lang zijn."], MessagesFor(command, nameof(command.FamilyNamePrefix)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_a_missing_family_name(string familyName)
    {
        var command = Valid();
        command.FamilyName = familyName;

        Assert.Equal(["Vul de achternaam in."], MessagesFor(command, nameof(command.FamilyName)));
    }

    [Fact]
    public void Rejects_a_family_name_longer_than_the_limit()
    {
        var command = Valid();
        command.FamilyName = new string('b', Limits.NameLength + 1);

        Assert.Equal(["De achternaam mag hoogstens 100 tekens lang zijn."], MessagesFor(command, nameof(command.FamilyName)));
    }

    [Fact]
    public void Rejects_a_missing_date_of_birth_with_one_message()
    {
        var command = Valid();
        command.DateOfBirth = null;

        Assert.Equal(["Vul de geboortedatum in als dd-mm-jjjj."], MessagesFor(command, nameof(command.DateOfBirth)));
    }

    [Fact]
    public void Rejects_a_date_of_birth_in_the_future()
    {
        var command = Valid();
        command.DateOfBirth = Today.AddDays(1);

        Assert.Equal(["De geboortedatum ligt in de toekomst."], MessagesFor(command, nameof(command.DateOfBirth)));
    }

    [Fact]
    public void Accepts_a_date_of_birth_of_today()
    {
        var command = Valid();
        command.DateOfBirth = Today;

        Assert.Empty(MessagesFor(command, nameof(command.DateOfBirth)));
    }

    [Fact]
    public void Rejects_a_participant_older_than_100_years()
    {
        var command = Valid();
        command.DateOfBirth = Today.AddYears(-100).AddDays(-1);

        Assert.Equal(["Controleer de geboortedatum: de deelnemer zou ouder zijn dan 100 jaar."], MessagesFor(command, nameof(command.DateOfBirth)));
    }

    [Fact]
    public void Accepts_a_participant_who_turns_100_today()
    {
        var command = Valid();
        command.DateOfBirth = Today.AddYears(-100);

        Assert.Empty(MessagesFor(command, nameof(command.DateOfBirth)));
    }

    [Fact]
    public void Judges_the_date_of_birth_by_the_clock_it_was_given()
    {
        var command = Valid();
        command.DateOfBirth = new DateOnly(2030, 1, 1);
        var later = new ParticipantFieldsRules(new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)));

        Assert.NotEmpty(MessagesFor(command, nameof(command.DateOfBirth)));
        Assert.Empty(later.Validate(command).MessagesFor(nameof(command.DateOfBirth)));
    }

    [Theory]
    [InlineData("06 12345678")]
    [InlineData("0612345678")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31 (0)6-12345678")]
    [InlineData("030-1234567")]
    public void Accepts_a_usual_phone_number(string phone)
    {
        var command = Valid();
        command.Phone = phone;

        Assert.Empty(MessagesFor(command, nameof(command.Phone)));
    }

    [Theory]
    [InlineData("bel maar")]
    [InlineData("12345")]
    [InlineData("06-1234x678")]
    [InlineData("06 1234 5678 of 06 8765 4321")]
    [InlineData("++31 6 12345678")]
    public void Rejects_a_malformed_phone_number(string phone)
    {
        var command = Valid();
        command.Phone = phone;

        Assert.Contains("Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.", MessagesFor(command, nameof(command.Phone)));
    }

    [Fact]
    public void Rejects_a_phone_number_longer_than_the_limit()
    {
        var command = Valid();
        command.Phone = new string('6', Limits.PhoneLength + 1);

        Assert.Equal(["Het telefoonnummer mag hoogstens 20 tekens lang zijn."], MessagesFor(command, nameof(command.Phone)));
    }

    [Theory]
    [InlineData("anna")]
    [InlineData("anna@")]
    [InlineData("@voorbeeld.nl")]
    [InlineData("anna@@voorbeeld.nl")]
    public void Rejects_a_malformed_email_address(string email)
    {
        var command = Valid();
        command.Email = email;

        Assert.Equal(["Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."], MessagesFor(command, nameof(command.Email)));
    }

    [Fact]
    public void Rejects_an_email_address_longer_than_the_limit()
    {
        var command = Valid();
        command.Email = new string('a', Limits.EmailLength - "@voorbeeld.nl".Length + 1) + "@voorbeeld.nl";

        Assert.Equal(["Dit e-mailadres is te lang."], MessagesFor(command, nameof(command.Email)));
    }

    [Fact]
    public void Rejects_a_missing_target_group()
    {
        var command = Valid();
        command.TargetGroup = null;

        Assert.Equal(["Kies een doelgroep."], MessagesFor(command, nameof(command.TargetGroup)));
    }

    [Fact]
    public void Rejects_a_target_group_that_is_not_in_the_list()
    {
        var command = Valid();
        command.TargetGroup = (TargetGroup)99;

        Assert.Equal(["Kies een doelgroep uit de lijst."], MessagesFor(command, nameof(command.TargetGroup)));
    }

    [Fact]
    public void Rejects_more_than_ten_languages()
    {
        var command = Valid();
        command.PreferredLanguages = "nl, en, ar, ti, so, fa, ps, uk, ru, tr, pl";

        Assert.Equal(["Geef hoogstens 10 talen op."], MessagesFor(command, nameof(command.PreferredLanguages)));
    }

    [Fact]
    public void Counts_a_repeated_language_once()
    {
        var command = Valid();
        command.PreferredLanguages = "nl, en, ar, ti, so, fa, ps, uk, ru, tr, NL, nl";

        Assert.Empty(MessagesFor(command, nameof(command.PreferredLanguages)));
    }

    [Fact]
    public void Rejects_a_language_code_longer_than_the_limit()
    {
        var command = Valid();
        command.PreferredLanguages = "nl, " + new string('x', Limits.LanguageCodeLength + 1);

        Assert.Equal(["Gebruik taalcodes van hoogstens 10 tekens, bijvoorbeeld nl, ar, ti."], MessagesFor(command, nameof(command.PreferredLanguages)));
    }

    [Fact]
    public void Splits_languages_on_commas_semicolons_and_spaces_in_lower_case_without_repeats()
    {
        Assert.Equal(["nl", "ar", "ti", "en"], ParticipantFields.SplitLanguages(" NL, ar;ti  en,,nl ; AR"));
        Assert.Empty(ParticipantFields.SplitLanguages(null));
    }

    [Fact]
    public void Turns_the_form_into_personal_details_with_split_languages()
    {
        var details = Valid().ToDetails();

        Assert.Equal("Anna", details.GivenName);
        Assert.Equal(new DateOnly(1990, 5, 17), details.DateOfBirth);
        Assert.Equal(TargetGroup.Statusholder, details.TargetGroup);
        Assert.Equal(["nl", "ar"], details.PreferredLanguages);
    }
}
