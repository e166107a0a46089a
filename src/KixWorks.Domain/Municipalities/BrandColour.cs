using System.Globalization;
using KixWorks.Domain.Common;

namespace KixWorks.Domain.Municipalities;

/// <summary>A gemeente's primary colour, "#RRGGBB". White text must stay readable on it: WCAG 2.1 AA
/// asks a contrast ratio of at least 4.5:1 for normal text.</summary>
public static class BrandColour
{
    public const double MinimumContrastWithWhite = 4.5;

    /// <summary>"#1a5f8f", "1A5F8F" and " #1A5F8F " are all colours; "#1A5F8" and "blauw" are not.</summary>
    public static bool IsValid(string value) => Hex(value) is { Length: 6 } hex && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _);

    public static string Normalise(string value) => IsValid(value)
        ? "#" + Hex(value).ToUpperInvariant()
        : throw new DomainException("Een kleur is een # gevolgd door zes hexadecimale tekens, bijvoorbeeld #1A5F8F.");

    private static string Hex(string value) => value.Trim().TrimStart('#');

    /// <summary>WCAG 2.1 contrast ratio between the colour and white (1 to 21).</summary>
    public static double ContrastWithWhite(string colour)
    {
        var hex = Normalise(colour)[1..];
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        return 1.05 / (luminance + 0.05);
    }
}
