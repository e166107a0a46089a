using KixWorks.Domain.Common;
using KixWorks.Domain.Municipalities;

namespace KixWorks.UnitTests.Domain.Municipalities;

public sealed class BrandingTests
{
    private static Municipality Ede() => Municipality.Start("Ede", "GM0228", new DateOnly(2026, 1, 1));

    [Theory]
    [InlineData("#FFFFFF", 1.0)]
    [InlineData("#000000", 21.0)]
    [InlineData("#767676", 4.54)]
    public void Computes_the_WCAG_contrast_with_white(string colour, double expected) =>
        Assert.Equal(expected, BrandColour.ContrastWithWhite(colour), 2);

    [Theory]
    [InlineData("#1a5f8f", "#1A5F8F")]
    [InlineData("767676", "#767676")]
    public void Accepts_a_colour_white_text_is_readable_on(string colour, string stored)
    {
        var municipality = Ede();
        municipality.ChangePrimaryColour(colour);
        Assert.Equal(stored, municipality.PrimaryColour);
    }

    [Theory]
    [InlineData("#777777")]
    [InlineData("#FFFF00")]
    [InlineData("#8FBC8F")]
    public void Refuses_a_colour_white_text_is_hard_to_read_on(string colour)
    {
        var error = Assert.Throws<DomainException>(() => Ede().ChangePrimaryColour(colour));
        Assert.StartsWith("Witte tekst is op deze kleur slecht leesbaar", error.Message);
    }

    [Theory]
    [InlineData("blauw")]
    [InlineData("#12345")]
    [InlineData("#GGGGGG")]
    public void Refuses_what_is_not_a_hex_colour(string colour) =>
        Assert.Throws<DomainException>(() => Ede().ChangePrimaryColour(colour));

    [Fact]
    public void An_empty_colour_goes_back_to_the_KixWorks_theme()
    {
        var municipality = Ede();
        municipality.ChangePrimaryColour("#1A5F8F");
        municipality.ChangePrimaryColour(" ");
        Assert.Null(municipality.PrimaryColour);
    }

    [Fact]
    public void Reads_the_logo_type_from_the_file_not_from_the_browser()
    {
        var municipality = Ede();
        municipality.ChangeLogo([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        Assert.Equal("image/png", municipality.LogoContentType);
        municipality.ChangeLogo([0xFF, 0xD8, 0xFF, 0xE0, 0]);
        Assert.Equal("image/jpeg", municipality.LogoContentType);
    }

    [Fact]
    public void Refuses_an_svg_or_an_oversized_logo()
    {
        var svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray();
        Assert.Throws<DomainException>(() => Ede().ChangeLogo(svg));
        var huge = new byte[Municipality.MaxLogoBytes + 1];
        huge[0] = 0xFF; huge[1] = 0xD8; huge[2] = 0xFF;
        Assert.Throws<DomainException>(() => Ede().ChangeLogo(huge));
    }
}
