using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

/// <summary>A deelnemer. Personal data: special-category-sensitive, never logged.</summary>
public sealed class Participant : ITenantOwned, IVersioned
{
    private Participant() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public string GivenName { get; private set; } = "";
    /// <summary>Tussenvoegsel ("van", "de"): shown, but not used to sort.</summary>
    public string? FamilyNamePrefix { get; private set; }
    public string FamilyName { get; private set; } = "";
    /// <summary>Lower-case "given prefix family" for case-insensitive search on every provider.</summary>
    public string SearchName { get; private set; } = "";
    public DateOnly DateOfBirth { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public List<string> PreferredLanguages { get; private set; } = [];
    public TargetGroup TargetGroup { get; private set; }
    public string? Street { get; private set; }
    public int? HouseNumber { get; private set; }
    public string? HouseNumberAddition { get; private set; }
    /// <summary>Normalised "1234 AB" (see <see cref="Participants.Postcode"/>).</summary>
    public string? Postcode { get; private set; }
    public string? City { get; private set; }
    /// <summary>Nine digits, or null. Never logged, never in a URL, shown only as <see cref="Participants.Bsn.Masked"/>.</summary>
    public string? Bsn { get; private set; }
    /// <summary>The gemeente's own klantnummer for this person.</summary>
    public string? ClientNumber { get; private set; }
    public ParticipantStatus Status { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    /// <summary>The user id of the responsible consultant (null for participants registered before this was kept).</summary>
    public Guid? ConsultantId { get; private set; }
    public int Version { get; set; }

    public Address Address => new(Street, HouseNumber, HouseNumberAddition,
        Postcode is null ? null : Participants.Postcode.Parse(Postcode), City);

    public string FullName => DisplayName(GivenName, FamilyNamePrefix, FamilyName);

    /// <summary>"Anna van den Berg": how a name reads in a sentence or a heading.</summary>
    public static string DisplayName(string givenName, string? familyNamePrefix, string familyName) =>
        string.Join(' ', new[] { givenName, familyNamePrefix, familyName }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>"Berg, Anna van den": how lists show and sort a name (family name first, tussenvoegsel last).</summary>
    public static string SortableName(string familyName, string givenName, string? familyNamePrefix) =>
        familyNamePrefix is null ? $"{familyName}, {givenName}" : $"{familyName}, {givenName} {familyNamePrefix}";

    /// <summary>The municipality is stamped by the data layer from the active gemeente.</summary>
    public static Participant Register(PersonalDetails details, DateTimeOffset at, Guid? consultantId = null)
    {
        var participant = new Participant { Id = Guid.CreateVersion7(), Status = ParticipantStatus.Active, RegisteredAt = at, ConsultantId = consultantId };
        participant.Update(details);
        return participant;
    }

    public void Update(PersonalDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.GivenName)) throw new DomainException("Vul de voornaam in.");
        if (string.IsNullOrWhiteSpace(details.FamilyName)) throw new DomainException("Vul de achternaam in.");
        GivenName = details.GivenName.Trim();
        FamilyNamePrefix = string.IsNullOrWhiteSpace(details.FamilyNamePrefix) ? null : details.FamilyNamePrefix.Trim();
        FamilyName = details.FamilyName.Trim();
        DateOfBirth = details.DateOfBirth;
        Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        TargetGroup = details.TargetGroup;
        PreferredLanguages = details.PreferredLanguages.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList();
        SearchName = FullName.ToLowerInvariant();
        var address = details.Address ?? Address.Unknown;
        (Street, HouseNumber, HouseNumberAddition, Postcode, City) =
            (address.Street, address.HouseNumber, address.HouseNumberAddition, address.Postcode?.Value, address.City);
        ClientNumber = ClientNumbers.Clean(details.ClientNumber);
    }

    /// <summary>Sets or (with null) removes the BSN. Uniqueness within the gemeente is checked by the handler and the database.</summary>
    public void ChangeBsn(Bsn? bsn) => Bsn = bsn?.Value;

    /// <summary>The duplicate rule at registration: same given and family name, ignoring case, surrounding spaces
    /// and the tussenvoegsel ("Anna van den Berg" and "Anna Berg" may be one person written two ways).</summary>
    public static bool SameName(string givenA, string familyA, string givenB, string familyB) =>
        string.Equals(givenA.Trim(), givenB.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(familyA.Trim(), familyB.Trim(), StringComparison.OrdinalIgnoreCase);

    public void Archive()
    {
        if (Status == ParticipantStatus.Archived) throw new DomainException("Deze deelnemer is al gearchiveerd.");
        Status = ParticipantStatus.Archived;
    }
}
