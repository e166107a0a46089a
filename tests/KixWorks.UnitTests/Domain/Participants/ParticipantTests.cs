using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;

namespace KixWorks.UnitTests.Domain.Participants;

public sealed class ParticipantTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static PersonalDetails Anna() => new(
        GivenName: "  Anna ",
        FamilyNamePrefix: " van den ",
        FamilyName: " Berg  ",
        DateOfBirth: new DateOnly(1990, 5, 17),
        Phone: " 06 12345678 ",
        Email: " anna@voorbeeld.nl ",
        TargetGroup: TargetGroup.Statusholder,
        PreferredLanguages: ["nl", " ar ", "nl", "", "  ", "ti"]);

    [Fact]
    public void Registers_an_active_participant_with_trimmed_details()
    {
        var participant = Participant.Register(Anna(), Now);

        Assert.NotEqual(Guid.Empty, participant.Id);
        Assert.Equal(ParticipantStatus.Active, participant.Status);
        Assert.Equal(Now, participant.RegisteredAt);
        Assert.Equal("Anna", participant.GivenName);
        Assert.Equal("van den", participant.FamilyNamePrefix);
        Assert.Equal("Berg", participant.FamilyName);
        Assert.Equal("06 12345678", participant.Phone);
        Assert.Equal("anna@voorbeeld.nl", participant.Email);
        Assert.Equal(new DateOnly(1990, 5, 17), participant.DateOfBirth);
        Assert.Equal(TargetGroup.Statusholder, participant.TargetGroup);
    }

    [Fact]
    public void Shows_the_full_name_with_the_prefix_between_given_and_family_name()
    {
        var participant = Participant.Register(Anna(), Now);

        Assert.Equal("Anna van den Berg", participant.FullName);
    }

    [Fact]
    public void Searches_on_the_lower_case_full_name()
    {
        var participant = Participant.Register(Anna() with { GivenName = "ANNA", FamilyName = "Berg" }, Now);

        Assert.Equal("anna van den berg", participant.SearchName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Stores_an_empty_prefix_as_none(string? prefix)
    {
        var participant = Participant.Register(Anna() with { FamilyNamePrefix = prefix }, Now);

        Assert.Null(participant.FamilyNamePrefix);
        Assert.Equal("Anna Berg", participant.FullName);
        Assert.Equal("anna berg", participant.SearchName);
    }

    [Fact]
    public void Stores_empty_phone_and_email_as_none()
    {
        var participant = Participant.Register(Anna() with { Phone = "  ", Email = "" }, Now);

        Assert.Null(participant.Phone);
        Assert.Null(participant.Email);
    }

    [Fact]
    public void Keeps_each_preferred_language_once_in_the_order_given()
    {
        var participant = Participant.Register(Anna(), Now);

        Assert.Equal(["nl", "ar", "ti"], participant.PreferredLanguages);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_a_participant_without_given_name(string givenName)
    {
        var error = Assert.Throws<DomainException>(() => Participant.Register(Anna() with { GivenName = givenName }, Now));

        Assert.Equal("Vul de voornaam in.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_a_participant_without_family_name(string familyName)
    {
        var error = Assert.Throws<DomainException>(() => Participant.Register(Anna() with { FamilyName = familyName }, Now));

        Assert.Equal("Vul de achternaam in.", error.Message);
    }

    [Fact]
    public void Update_replaces_the_details_and_the_search_name()
    {
        var participant = Participant.Register(Anna(), Now);

        participant.Update(Anna() with { GivenName = "Bram", FamilyNamePrefix = null, FamilyName = "de Vries", PreferredLanguages = [] });

        Assert.Equal("Bram de Vries", participant.FullName);
        Assert.Equal("bram de vries", participant.SearchName);
        Assert.Empty(participant.PreferredLanguages);
        Assert.Equal(Now, participant.RegisteredAt);
    }

    [Fact]
    public void Refused_update_leaves_the_participant_unchanged()
    {
        var participant = Participant.Register(Anna(), Now);

        Assert.Throws<DomainException>(() => participant.Update(Anna() with { GivenName = "Bram", FamilyName = " " }));

        Assert.Equal("Anna van den Berg", participant.FullName);
    }

    [Fact]
    public void Archives_an_active_participant()
    {
        var participant = Participant.Register(Anna(), Now);

        participant.Archive();

        Assert.Equal(ParticipantStatus.Archived, participant.Status);
    }

    [Fact]
    public void Refuses_archiving_twice()
    {
        var participant = Participant.Register(Anna(), Now);
        participant.Archive();

        var error = Assert.Throws<DomainException>(participant.Archive);

        Assert.Equal("Deze deelnemer is al gearchiveerd.", error.Message);
        Assert.Equal(ParticipantStatus.Archived, participant.Status);
    }

    [Fact]
    public void Keeps_each_language_once_whatever_its_case()
    {
        var participant = Participant.Register(Anna() with { PreferredLanguages = ["nl", "NL", "Ar"] }, Now);

        Assert.Equal(["nl", "ar"], participant.PreferredLanguages);
    }

    [Fact]
    public void Stores_the_address_flat_with_the_normalised_postcode_and_gives_it_back()
    {
        var participant = Participant.Register(Anna() with { Address = Address.Create("Stationsweg", 12, "A", "6711pz", "Ede") }, Now);

        Assert.Equal("6711 PZ", participant.Postcode);
        Assert.Equal(new Address("Stationsweg", 12, "A", Postcode.Parse("6711 PZ"), "Ede"), participant.Address);
    }

    [Fact]
    public void Stores_no_address_and_no_client_number_when_they_are_unknown()
    {
        var participant = Participant.Register(Anna(), Now);

        Assert.Equal(Address.Unknown, participant.Address);
        Assert.Null(participant.ClientNumber);
    }

    [Fact]
    public void Sets_and_removes_the_BSN()
    {
        var participant = Participant.Register(Anna(), Now);

        participant.ChangeBsn(Bsn.Parse("1234.56.782"));
        Assert.Equal("123456782", participant.Bsn);

        participant.ChangeBsn(null);
        Assert.Null(participant.Bsn);
    }

    [Fact]
    public void An_edit_of_the_details_keeps_the_BSN()
    {
        var participant = Participant.Register(Anna(), Now);
        participant.ChangeBsn(Bsn.Parse("111222333"));

        participant.Update(Anna() with { ClientNumber = " KN-1 " });

        Assert.Equal("111222333", participant.Bsn);
        Assert.Equal("KN-1", participant.ClientNumber);
    }

    [Theory]
    [InlineData("anna", "BERG", true)]
    [InlineData(" Anna ", "Berg", true)]
    [InlineData("Anne", "Berg", false)]
    [InlineData("Anna", "Bergen", false)]
    public void Sees_the_same_name_regardless_of_case_and_spaces(string given, string family, bool same) =>
        Assert.Equal(same, Participant.SameName("Anna", "Berg", given, family));
}
