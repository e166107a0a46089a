using KixWorks.UnitTests.TestSupport;
using KixWorks.Web.Features.Participants;

namespace KixWorks.UnitTests.Features.Participants;

public sealed class AddressAndNumberRulesTests
{
    private readonly AddressAndNumberRules _rules = new();

    private IReadOnlyList<string> MessagesFor(RegisterParticipant.Command command, string property) =>
        _rules.Validate(command).MessagesFor(property);

    [Fact]
    public void Accepts_no_address_no_client_number_and_no_BSN() =>
        Assert.True(_rules.Validate(new RegisterParticipant.Command()).IsValid);

    [Fact]
    public void Accepts_a_full_address_a_client_number_and_a_BSN_with_dots()
    {
        var command = new RegisterParticipant.Command
        {
            Street = "Stationsweg", HouseNumber = 12, HouseNumberAddition = "A", Postcode = " 6711pz ", City = "Ede",
            ClientNumber = "KN-2024-001", Bsn = "1234.56.782",
        };

        var result = _rules.Validate(command);

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
    }

    [Theory]
    [InlineData("0123 AB")]
    [InlineData("1234 SS")]
    [InlineData("12345")]
    public void Rejects_a_postcode_that_is_not_Dutch(string postcode)
    {
        var command = new RegisterParticipant.Command { HouseNumber = 1, Postcode = postcode };

        Assert.Equal(["Vul een geldige postcode in, bijvoorbeeld 1234 AB."], MessagesFor(command, nameof(command.Postcode)));
    }

    [Fact]
    public void A_street_or_house_number_needs_a_postcode()
    {
        var command = new RegisterParticipant.Command { Street = "Stationsweg", HouseNumber = 12 };

        Assert.Equal(["Vul ook de postcode in: postcode en huisnummer horen bij elkaar."], MessagesFor(command, nameof(command.Postcode)));
    }

    [Fact]
    public void A_postcode_needs_a_house_number()
    {
        var command = new RegisterParticipant.Command { Postcode = "6711 PZ" };

        Assert.Equal(["Vul ook het huisnummer in: postcode en huisnummer horen bij elkaar."], MessagesFor(command, nameof(command.HouseNumber)));
    }

    [Theory]
    [InlineData("12345678a", "Een BSN bestaat uit 9 cijfers.")]
    [InlineData("1234567", "Een BSN bestaat uit 9 cijfers.")]
    [InlineData("123456789", "Dit BSN klopt niet. Controleer de negen cijfers.")]
    [InlineData("000000000", "Dit BSN klopt niet. Controleer de negen cijfers.")]
    public void Rejects_a_BSN_with_one_clear_message(string bsn, string message)
    {
        var command = new RegisterParticipant.Command { Bsn = bsn };

        Assert.Equal([message], MessagesFor(command, nameof(command.Bsn)));
    }

    [Fact]
    public void Rejects_a_client_number_with_spaces() =>
        Assert.Equal(["Het klantnummer bestaat uit hoogstens 30 letters, cijfers of streepjes."],
            MessagesFor(new RegisterParticipant.Command { ClientNumber = "KN 1" }, "ClientNumber"));

    [Fact]
    public void Rejects_a_house_number_above_99999() =>
        Assert.Equal(["Het huisnummer is een getal van 1 tot en met 99999."],
            MessagesFor(new RegisterParticipant.Command { HouseNumber = 100000, Postcode = "6711 PZ" }, "HouseNumber"));
}
