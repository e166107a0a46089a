using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

/// <summary>A Dutch postcode, always stored and shown as "1234 AB": four digits (the first not 0), a space, two capitals.</summary>
public readonly record struct Postcode
{
    /// <summary>Letter pairs PostNL does not issue (SA, SD and SS recall the Nazi era).</summary>
    private static readonly string[] NotIssued = ["SA", "SD", "SS"];

    private Postcode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Accepts "1234ab", "1234 AB" or " 1234  ab ": any spaces around and between the parts, any case.</summary>
    public static bool TryParse(string? input, out Postcode postcode)
    {
        postcode = default;
        var compact = string.Concat((input ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length != 6) return false;
        var digits = compact[..4];
        var letters = compact[4..];
        if (!digits.All(char.IsAsciiDigit) || digits[0] == '0') return false;
        if (!letters.All(char.IsAsciiLetterUpper) || NotIssued.Contains(letters)) return false;
        postcode = new Postcode($"{digits} {letters}");
        return true;
    }

    public static Postcode Parse(string input) =>
        TryParse(input, out var postcode) ? postcode : throw new DomainException("Vul een geldige postcode in, bijvoorbeeld 1234 AB.");

    public override string ToString() => Value ?? "";
}
