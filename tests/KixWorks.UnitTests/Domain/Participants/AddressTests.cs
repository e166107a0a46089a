using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;

namespace KixWorks.UnitTests.Domain.Participants;

public sealed class AddressTests
{
    [Fact]
    public void Creates_a_trimmed_address_with_a_normalised_postcode()
    {
        var address = Address.Create(" Stationsweg ", 12, " a ", "6711pz", " Ede ");

        Assert.Equal(new Address("Stationsweg", 12, "a", Postcode.Parse("6711 PZ"), "Ede"), address);
    }

    [Fact]
    public void An_unknown_address_and_a_woonplaats_alone_are_both_fine()
    {
        Assert.Equal(Address.Unknown, Address.Create(null, null, " ", "", null));
        Assert.Equal("Ede", Address.Create(null, null, null, null, "Ede").City);
    }

    [Fact]
    public void Postcode_and_house_number_without_a_street_are_enough() =>
        Assert.Equal(7, Address.Create(null, 7, null, "6711 PZ", null).HouseNumber);

    [Theory]
    [InlineData("Stationsweg", null, null, "Vul ook de postcode in.")]
    [InlineData(null, 12, null, "Vul ook de postcode in.")]
    [InlineData(null, null, "6711 PZ", "Vul ook het huisnummer in.")]
    public void Postcode_and_house_number_come_together(string? street, int? houseNumber, string? postcode, string message)
    {
        var e = Assert.Throws<DomainException>(() => Address.Create(street, houseNumber, null, postcode, null));

        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100000)]
    public void Rejects_a_house_number_outside_1_to_99999(int houseNumber) =>
        Assert.Throws<DomainException>(() => Address.Create(null, houseNumber, null, "6711 PZ", null));

    [Theory]
    [InlineData("A")]
    [InlineData("bis")]
    [InlineData("1-hg")]
    [InlineData("ABCDEF")]
    public void Accepts_an_addition_of_up_to_six_letters_digits_or_dashes(string addition) => Assert.True(Address.IsValidAddition(addition));

    [Theory]
    [InlineData("ABCDEFG")]
    [InlineData("2 hoog")]
    [InlineData("a/b")]
    public void Rejects_any_other_addition(string addition) => Assert.False(Address.IsValidAddition(addition));

    [Theory]
    [InlineData("KN-000123", true)]
    [InlineData("  abc123  ", true)]
    [InlineData("KN 123", false)]
    [InlineData("K_N", false)]
    public void A_client_number_is_letters_digits_or_dashes(string value, bool valid) => Assert.Equal(valid, ClientNumbers.IsValid(value));

    [Fact]
    public void A_client_number_is_at_most_30_characters() =>
        Assert.Equal([true, false], new[] { new string('1', 30), new string('1', 31) }.Select(ClientNumbers.IsValid));
}
