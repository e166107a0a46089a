using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Participants;

public sealed class RegisterAndEditParticipantTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private string _consultant = "";

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Ede");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> ParticipantCount() => factory.InMunicipalityAsync(_municipality, db => db.Participants.CountAsync());

    private static Dictionary<string, string> ValidForm(string family) => new()
    {
        ["GivenName"] = "Senait",
        ["FamilyNamePrefix"] = "",
        ["FamilyName"] = family,
        ["DateOfBirth"] = "15-03-1998",
        ["Phone"] = "06 12345678",
        ["Email"] = "senait@example.nl",
        ["TargetGroup"] = "Statusholder",
        ["PreferredLanguages"] = "ti, nl",
    };

    [Fact]
    public async Task A_consultant_registers_a_participant_who_starts_in_the_intake_phase()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync("/participants/register", ValidForm("Tesfay"));
        var page = await browser.FollowAsync(response);

        Assert.Equal("Senait Tesfay", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Deelnemer geregistreerd.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("15-03-1998", page.QuerySelector("section[aria-labelledby=persoon] dl")!.TextContent);
        Assert.Contains("ti, nl", page.QuerySelector("section[aria-labelledby=persoon] dl")!.TextContent);
        Assert.Contains("Traject 1 – Intake", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_over_long_name_gets_a_Dutch_message_next_to_the_field_and_nothing_is_saved()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var before = await ParticipantCount();
        var form = ValidForm(new string('x', 101));

        var response = await browser.SubmitAsync("/participants/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("De achternaam mag hoogstens 100 tekens lang zijn.", page.QuerySelector("[data-valmsg-for=FamilyName]")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#FamilyName']"));
        Assert.Equal("Senait", page.QuerySelector("input[name=GivenName]")!.GetAttribute("value"));
        Assert.Equal(before, await ParticipantCount());
    }

    [Theory]
    [InlineData("31-02-2001")]
    [InlineData("gisteren")]
    [InlineData("1998-13-45")]
    public async Task A_malformed_date_gets_a_Dutch_message_and_nothing_is_saved(string date)
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var before = await ParticipantCount();
        var form = ValidForm("Datumfout");
        form["DateOfBirth"] = date;

        var response = await browser.SubmitAsync("/participants/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await TestBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=DateOfBirth]")!.TextContent;
        Assert.Contains("geen geldige waarde", message);
        Assert.Equal(before, await ParticipantCount());
    }

    [Fact]
    public async Task A_wrong_antiforgery_token_is_a_400_with_a_Dutch_page_and_nothing_is_saved()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var before = await ParticipantCount();
        var form = ValidForm("Vervalst");
        form["__RequestVerificationToken"] = "CfDJ8-vervalst";

        var response = await browser.SubmitAsync("/participants/register", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Verzoek niet geldig", (await TestBrowser.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        Assert.Equal(before, await ParticipantCount());
    }

    [Fact]
    public async Task An_unknown_participant_id_is_a_404_with_a_Dutch_page()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var response = await browser.GetAsync($"/participants/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", (await TestBrowser.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/participants/geen-guid")).StatusCode);
    }

    [Fact]
    public async Task An_edit_is_saved_and_shown()
    {
        var id = await factory.CreateParticipantAsync(_municipality, "Omar", "Haddad");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync($"/participants/{id}/edit", new() { ["FamilyNamePrefix"] = "al", ["Phone"] = "0687654321" });
        var page = await browser.FollowAsync(response);

        Assert.Equal("Omar al Haddad", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Deelnemer opgeslagen.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("0687654321", page.QuerySelector("section[aria-labelledby=persoon] dl")!.TextContent);
    }

    [Fact]
    public async Task Two_people_editing_the_same_participant_get_a_conflict_not_a_silent_overwrite()
    {
        var id = await factory.CreateParticipantAsync(_municipality, "Rahel", "Kidane");
        using var first = await TestBrowser.SignedInAsync(factory, _consultant);
        using var second = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!);
        var staleVersion = (await factory.FindParticipantAsync(_municipality, id))!.Version.ToString();

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync($"/participants/{id}/edit", new() { ["Phone"] = "0611111111" })).StatusCode);
        var response = await second.SubmitAsync($"/participants/{id}/edit", new() { ["Phone"] = "0622222222", ["Version"] = staleVersion });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Iemand anders heeft deze deelnemer net gewijzigd", (await TestBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("0611111111", (await factory.FindParticipantAsync(_municipality, id))!.Phone);
    }
}
