using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;

namespace KixWorks.UnitTests.Domain.Participants;

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("1234AB")]
    [InlineData("1234ab")]
    [InlineData("1234 AB")]
    [InlineData(" 1234  ab ")]
    [InlineData("1234\tAb")]
    public void Accepts_a_Dutch_postcode_in_any_common_spelling_and_normalises_it(string input)
    {
        Assert.True(Postcode.TryParse(input, out var postcode));
        Assert.Equal("1234 AB", postcode.Value);
    }

    [Theory]
    [InlineData("9999 ZZ")]
    [InlineData("1000 AA")]
    [InlineData("6711 SB")]
    public void Accepts_the_edges_of_the_range(string input) => Assert.True(Postcode.TryParse(input, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0123 AB")]
    [InlineData("123 AB")]
    [InlineData("12345 AB")]
    [InlineData("1234 A")]
    [InlineData("1234 ABC")]
    [InlineData("AB 1234")]
    [InlineData("1234-AB")]
    [InlineData("1234 Å1")]
    [InlineData("１２３４ AB")]
    public void Rejects_what_is_not_a_Dutch_postcode(string? input) => Assert.False(Postcode.TryParse(input, out _));

    [Theory]
    [InlineData("1234 SA")]
    [InlineData("1234 sd")]
    [InlineData("1234SS")]
    public void Rejects_the_letter_pairs_that_are_never_issued(string input) => Assert.False(Postcode.TryParse(input, out _));

    [Fact]
    public void Parse_refuses_an_invalid_postcode_with_a_Dutch_message()
    {
        var e = Assert.Throws<DomainException>(() => Postcode.Parse("0000 AA"));

        Assert.Equal("Vul een geldige postcode in, bijvoorbeeld 1234 AB.", e.Message);
    }
}
