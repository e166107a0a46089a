using System.Net;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Contacts;

public sealed class RecordContactTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private string _consultant = "";

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Barneveld");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string NewPage(Guid participant) => $"/participants/{participant}/contacts/new";

    private Task<List<ContactMoment>> ContactsOf(Guid municipality, Guid participant) =>
        factory.InMunicipalityAsync(municipality, db => db.ContactMoments.AsNoTracking().Where(c => c.ParticipantId == participant).ToListAsync());

    [Fact]
    public async Task A_consultant_records_a_contact_and_sees_it_on_the_file()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Senait", "Tesfay");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var before = await browser.GetPageAsync($"/participants/{participant}");
        Assert.Contains("Nog geen contactmomenten. Leg het eerste contact vast.", before.QuerySelector("main")!.TextContent);
        Assert.NotNull(before.QuerySelector($"a[href='{NewPage(participant)}']"));

        var response = await browser.SubmitAsync(NewPage(participant), new() { ["On"] = "25-11-2026", ["Channel"] = "HomeVisit", ["Note"] = "Gesprek over taalles." });
        var page = await browser.FollowAsync(response);

        Assert.Equal($"/participants/{participant}", response.Headers.Location!.ToString());
        Assert.Equal("Contactmoment opgeslagen.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        var row = page.QuerySelector(".kix-contacts tbody tr")!.TextContent;
        Assert.Contains("25-11-2026", row);
        Assert.Contains("Huisbezoek", row);
        Assert.Contains("Gesprek over taalles.", row);
        var saved = Assert.Single(await ContactsOf(_municipality, participant));
        Assert.Equal(new DateOnly(2026, 11, 25), saved.On);
        Assert.Equal(ContactChannel.HomeVisit, saved.Channel);
    }

    [Theory]
    [InlineData("28-11-2026", "Phone", "On", "De datum van het contact ligt in de toekomst.")]
    [InlineData("26-11-2026", "", "Channel", "Kies hoe het contact was.")]
    public async Task A_future_date_or_missing_channel_gets_a_Dutch_message_next_to_the_field_and_saves_nothing(string on, string channel, string field, string message)
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Omar", "Haddad");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync(NewPage(participant), new() { ["On"] = on, ["Channel"] = channel });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector($"[data-valmsg-for={field}]")!.TextContent);
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{field}']"));
        Assert.Empty(await ContactsOf(_municipality, participant));
    }

    [Fact]
    public async Task A_participant_of_another_gemeente_gives_404_and_nothing_is_saved()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Ali", "Ahmadi");
        var other = await factory.CreateMunicipalityAsync("Scherpenzeel");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, other)).Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(NewPage(participant))).StatusCode);
        var post = await browser.PostWithTokenAsync(NewPage(participant), new() { ["On"] = "26-11-2026", ["Channel"] = "Phone" });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await ContactsOf(_municipality, participant));
    }

    [Fact]
    public async Task A_trainer_may_not_record_a_contact()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Rola", "Rolvast");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Trainer, _municipality)).Email!);

        var get = await browser.GetAsync(NewPage(participant));
        var post = await browser.PostWithTokenAsync(NewPage(participant), new() { ["On"] = "26-11-2026", ["Channel"] = "Phone" });

        foreach (var response in new[] { get, post })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        Assert.Empty(await ContactsOf(_municipality, participant));
    }
}
