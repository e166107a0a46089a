using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

/// <summary>Where a participant lives, as far as it is known. Every part may be missing (an address can be unknown,
/// a woonplaats alone is fine), but postcode and house number, the Dutch minimum, come together: a street or
/// house number needs a postcode, and a postcode needs a house number.</summary>
public sealed record Address(string? Street, int? HouseNumber, string? HouseNumberAddition, Postcode? Postcode, string? City)
{
    public const int MaxHouseNumber = 99999;

    public static readonly Address Unknown = new(null, null, null, null, null);

    public static bool IsValidAddition(string? addition) =>
        string.IsNullOrWhiteSpace(addition)
        || addition.Trim() is { Length: <= Limits.HouseNumberAdditionLength } trimmed && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>Trims, normalises the postcode, and checks the rules above.</summary>
    public static Address Create(string? street, int? houseNumber, string? addition, string? postcode, string? city)
    {
        var address = new Address(
            Clean(street), houseNumber, Clean(addition),
            Clean(postcode) is { } code ? Participants.Postcode.Parse(code) : null, Clean(city));
        if (houseNumber is < 1 or > MaxHouseNumber) throw new DomainException($"Het huisnummer is een getal van 1 tot en met {MaxHouseNumber}.");
        if (!IsValidAddition(addition)) throw new DomainException("De toevoeging bestaat uit hoogstens 6 letters, cijfers of streepjes.");
        if (address.HouseNumberAddition is not null && houseNumber is null) throw new DomainException("Vul ook het huisnummer in.");
        if ((address.Street is not null || houseNumber is not null) && address.Postcode is null) throw new DomainException("Vul ook de postcode in.");
        if (address.Postcode is not null && houseNumber is null) throw new DomainException("Vul ook het huisnummer in.");
        return address;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
