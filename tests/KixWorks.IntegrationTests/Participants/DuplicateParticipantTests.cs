using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Participants;

public sealed class DuplicateParticipantTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private string _consultant = "";

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Ede");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> Count(string familyName) =>
        factory.InMunicipalityAsync(_municipality, db => db.Participants.CountAsync(p => p.FamilyName == familyName));

    /// <summary>Same date of birth as <see cref="TestData.CreateParticipantAsync"/> gives.</summary>
    private static Dictionary<string, string> Form(string given, string family, string prefix = "") => new()
    {
        ["GivenName"] = given, ["FamilyNamePrefix"] = prefix, ["FamilyName"] = family, ["DateOfBirth"] = "12-04-1999",
        ["TargetGroup"] = "Statusholder", ["Phone"] = "0699999999", ["Street"] = "Kerkstraat", ["HouseNumber"] = "3",
        ["Postcode"] = "6711AB", ["City"] = "Ede", ["ClientNumber"] = "KN-77", ["Bsn"] = "111222333",
    };

    [Fact]
    public async Task The_same_name_and_date_of_birth_shows_a_warning_that_links_to_the_existing_file_and_saves_nothing()
    {
        var existing = await factory.CreateParticipantAsync(_municipality, "Samira", "Osman");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync("/participants/register", Form("samira", "OSMAN"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        var warning = page.QuerySelector("main [role=alert]")!;
        Assert.StartsWith("Er is al een deelnemer met deze naam en geboortedatum", warning.TextContent.Trim());
        Assert.Equal($"/participants/{existing}", warning.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name=NotADuplicate]"));
        // Nothing typed is lost.
        Assert.Equal("0699999999", page.QuerySelector("input[name=Phone]")!.GetAttribute("value"));
        Assert.Equal("6711AB", page.QuerySelector("input[name=Postcode]")!.GetAttribute("value"));
        Assert.Equal("KN-77", page.QuerySelector("input[name=ClientNumber]")!.GetAttribute("value"));
        Assert.Equal(1, await Count("Osman"));
    }

    [Fact]
    public async Task Ticking_that_it_is_another_person_registers_anyway()
    {
        await factory.CreateParticipantAsync(_municipality, "Dawit", "Kidane");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var warned = await TestBrowser.ParseAsync(await browser.SubmitAsync("/participants/register", Form("Dawit", "Kidane")));

        var response = await browser.SubmitFormAsync(warned, "/participants/register", new() { ["NotADuplicate"] = "true" });
        var page = await browser.FollowAsync(response);

        Assert.Equal("Dawit Kidane", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("6711 AB  Ede", page.QuerySelector("section[aria-labelledby=persoon] dl")!.TextContent);
        Assert.Equal(2, await Count("Kidane"));
    }

    [Fact]
    public async Task A_different_tussenvoegsel_still_counts_as_the_same_name()
    {
        await factory.CreateParticipantAsync(_municipality, "Anna", "Berg", prefix: "van den");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var page = await TestBrowser.ParseAsync(await browser.SubmitAsync("/participants/register", Form("Anna", "Berg")));

        Assert.NotNull(page.QuerySelector("main [role=alert] a"));
        Assert.Equal(1, await Count("Berg"));
    }

    [Fact]
    public async Task Someone_with_the_same_name_in_another_gemeente_is_no_duplicate()
    {
        var other = await factory.CreateMunicipalityAsync("Deventer");
        await factory.CreateParticipantAsync(other, "Hamid", "Rahimi");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync("/participants/register", Form("Hamid", "Rahimi"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
