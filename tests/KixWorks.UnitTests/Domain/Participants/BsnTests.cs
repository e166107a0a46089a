using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;

namespace KixWorks.UnitTests.Domain.Participants;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("999999990")]
    public void Accepts_numbers_that_pass_the_elfproef(string input)
    {
        Assert.True(Bsn.TryParse(input, out var bsn));
        Assert.Equal(input, bsn.Value);
    }

    [Theory]
    [InlineData("1234.56.782")]
    [InlineData("123 456 782")]
    [InlineData(" 12345 6782 ")]
    public void Ignores_spaces_and_dots(string input)
    {
        Assert.True(Bsn.TryParse(input, out var bsn));
        Assert.Equal("123456782", bsn.Value);
    }

    [Fact]
    public void Left_pads_an_eight_digit_number_with_a_zero()
    {
        // Older BSNs are often written without their leading zero.
        Assert.True(Bsn.TryParse("12345672", out var bsn));
        Assert.Equal("012345672", bsn.Value);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("111222334")]
    [InlineData("111222332")]
    public void Rejects_numbers_that_fail_the_elfproef(string input) => Assert.False(Bsn.TryParse(input, out _));

    [Theory]
    [InlineData("000000000")]
    [InlineData("00000000")]
    public void Rejects_all_zeros_although_they_pass_the_elfproef(string input)
    {
        Assert.True(Bsn.PassesElfproef("000000000"));
        Assert.False(Bsn.TryParse(input, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("1234567890")]
    [InlineData("12345678a")]
    [InlineData("123-456-782")]
    [InlineData("١٢٣٤٥٦٧٨٢")]
    public void Rejects_what_is_not_eight_or_nine_digits(string? input)
    {
        Assert.Null(Bsn.Digits(input));
        Assert.False(Bsn.TryParse(input, out _));
    }

    [Fact]
    public void Shows_only_the_last_four_digits_even_when_formatted_by_accident()
    {
        var bsn = Bsn.Parse("123456782");

        Assert.Equal("•••••6782", bsn.Masked);
        Assert.Equal("•••••6782", $"{bsn}");
        Assert.DoesNotContain("123456782", bsn.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_refuses_an_invalid_number_with_a_Dutch_message()
    {
        var e = Assert.Throws<DomainException>(() => Bsn.Parse("123456789"));

        Assert.Equal("Dit BSN klopt niet. Controleer de negen cijfers.", e.Message);
    }
}
