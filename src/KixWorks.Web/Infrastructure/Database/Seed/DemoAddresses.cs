using Bogus;
using KixWorks.Domain.Participants;

namespace KixWorks.Web.Infrastructure.Database.Seed;

/// <summary>Fake but plausible addresses and BSNs for the demo gemeenten: places of the gemeente with a postcode in
/// their real range, Bogus street names, and random numbers that pass the elfproef.</summary>
internal static class DemoAddresses
{
    public sealed record Place(string City, int FirstPostcode, int LastPostcode);

    public static readonly Place[] Ede = [new("Ede", 6710, 6718), new("Bennekom", 6721, 6721), new("Lunteren", 6741, 6741)];
    public static readonly Place[] Deventer = [new("Deventer", 7411, 7429), new("Bathmen", 7437, 7437), new("Schalkhaar", 7433, 7433)];

    public static Address Pick(Faker faker, Place[] places)
    {
        var place = faker.PickRandom(places);
        Postcode postcode;
        while (!Postcode.TryParse(faker.Random.Int(place.FirstPostcode, place.LastPostcode) + faker.Random.String2(2, "ABCDEFGHJKLMNPRSTVWXZ"), out postcode)) { }
        var addition = faker.Random.Bool(0.15f) ? faker.PickRandom("A", "B", "1", "2", "bis") : null;
        return Address.Create(faker.Address.StreetName(), faker.Random.Int(1, 250), addition, postcode.Value, place.City);
    }

    /// <summary>About one in eleven random nine-digit numbers passes the elfproef; draw until one does and is new.</summary>
    public static Bsn UniqueBsn(Faker faker, HashSet<string> used)
    {
        while (true)
        {
            if (Bsn.TryParse(faker.Random.ReplaceNumbers("#########"), out var bsn) && used.Add(bsn.Value)) return bsn;
        }
    }
}
