using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

/// <summary>A burgerservicenummer: nine digits that pass the elfproef. Personal data: never logged, never in a URL;
/// <see cref="ToString"/> gives the masked form, so an accidental interpolation cannot leak the number.</summary>
public readonly record struct Bsn
{
    public const int Length = 9;

    private Bsn(string value) => Value = value;

    /// <summary>The nine digits, for storage and comparison only.</summary>
    public string Value { get; }

    /// <summary>"•••••6789": only the last four digits, as the number is shown everywhere in the UI.</summary>
    public string Masked => Mask(Value);

    public static string Mask(string nineDigits) => "•••••" + nineDigits[^4..];

    /// <summary>The nine digits of the input without spaces and dots, an 8-digit number left-padded with a 0
    /// (older numbers are often written that way); null when that does not give nine digits.</summary>
    public static string? Digits(string? input)
    {
        var digits = string.Concat((input ?? "").Where(c => c is not (' ' or '.')));
        if (digits.Length is < 8 or > Length || !digits.All(char.IsAsciiDigit)) return null;
        return digits.PadLeft(Length, '0');
    }

    /// <summary>9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11.</summary>
    public static bool PassesElfproef(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++) sum += (Length - i) * (nineDigits[i] - '0');
        sum -= nineDigits[Length - 1] - '0';
        return sum % 11 == 0;
    }

    public static bool TryParse(string? input, out Bsn bsn)
    {
        bsn = default;
        if (Digits(input) is not { } digits || digits == "000000000" || !PassesElfproef(digits)) return false;
        bsn = new Bsn(digits);
        return true;
    }

    public static Bsn Parse(string input) =>
        TryParse(input, out var bsn) ? bsn : throw new DomainException("Dit BSN klopt niet. Controleer de negen cijfers.");

    public override string ToString() => Value is null ? "" : Masked;
}
