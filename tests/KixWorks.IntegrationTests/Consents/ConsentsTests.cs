using System.Net;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Features.Consents;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Consents;

public sealed class ConsentsTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private string _consultant = "";

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Wageningen");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string NewPage(Guid participant) => $"/participants/{participant}/consents/new";

    private Task<List<Consent>> ConsentsOf(Guid municipality, Guid participant) =>
        factory.InMunicipalityAsync(municipality, db => db.Consents.AsNoTracking().Where(c => c.ParticipantId == participant).ToListAsync());

    private static string StateOf(AngleSharp.Html.Dom.IHtmlDocument page, ConsentPurpose purpose) =>
        page.QuerySelector($".kix-consents dd[data-purpose={purpose}]")!.TextContent;

    [Fact]
    public async Task A_consultant_records_a_consent_and_the_file_shows_date_and_recorder()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Senait", "Tesfay");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var before = await browser.GetPageAsync($"/participants/{participant}");
        Assert.Contains("Niet vastgelegd", StateOf(before, ConsentPurpose.ShareWithBuddy));

        var response = await browser.SubmitAsync(NewPage(participant), new() { ["Purpose"] = "ShareWithBuddy", ["Answer"] = "Given", ["On"] = "20-11-2026" });
        await browser.SubmitAsync(NewPage(participant), new() { ["Purpose"] = "PhotosAtEvents", ["Answer"] = "Refused", ["On"] = "21-11-2026" });
        var page = await browser.FollowAsync(response);

        Assert.Equal($"/participants/{participant}", response.Headers.Location!.ToString());
        Assert.Equal("Toestemming vastgelegd.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        page = await browser.GetPageAsync($"/participants/{participant}");
        Assert.Contains("Gegeven op 20-11-2026 door Test Consultant", StateOf(page, ConsentPurpose.ShareWithBuddy));
        Assert.Contains("Geweigerd op 21-11-2026 door Test Consultant", StateOf(page, ConsentPurpose.PhotosAtEvents));
        Assert.Contains("Niet vastgelegd", StateOf(page, ConsentPurpose.ShareWithEmployer));
        Assert.Equal(2, (await ConsentsOf(_municipality, participant)).Count);
    }

    [Fact]
    public async Task A_future_date_gets_a_Dutch_message_next_to_the_field_and_saves_nothing()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Omar", "Haddad");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync(NewPage(participant), new() { ["Purpose"] = "ShareWithEmployer", ["Answer"] = "Given", ["On"] = "28-11-2026" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("De datum van de toestemming ligt in de toekomst.", page.QuerySelector("[data-valmsg-for=On]")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#On']"));
        Assert.Empty(await ConsentsOf(_municipality, participant));
    }

    [Fact]
    public async Task Withdrawing_asks_for_confirmation_first_and_keeps_the_history()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Rahel", "Kidane");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        await browser.SubmitAsync(NewPage(participant), new() { ["Purpose"] = "ShareWithBuddy", ["Answer"] = "Given", ["On"] = "01-11-2026" });
        var consent = Assert.Single(await ConsentsOf(_municipality, participant));
        var file = await browser.GetPageAsync($"/participants/{participant}");
        var withdrawLink = file.QuerySelector(".kix-consents dd[data-purpose=ShareWithBuddy] a")!.GetAttribute("href")!;

        var confirmation = await browser.GetPageAsync(withdrawLink);
        Assert.Equal("Toestemming intrekken: Contactgegevens delen met de buddy?", confirmation.QuerySelector("h1")!.TextContent);
        Assert.True((await ConsentsOf(_municipality, participant)).Single().IsActive, "Opening the confirmation page withdraws nothing.");

        var page = await browser.FollowAsync(await browser.SubmitAsync(withdrawLink, new()));

        Assert.Equal("Toestemming ingetrokken.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("Ingetrokken op 27-11-2026 door Test Consultant (gegeven op 01-11-2026)", StateOf(page, ConsentPurpose.ShareWithBuddy));
        Assert.Contains("Ingetrokken op 27-11-2026", page.QuerySelector(".kix-consent-history")!.TextContent);
        var saved = Assert.Single(await ConsentsOf(_municipality, participant));
        Assert.Equal(consent.Id, saved.Id);
        Assert.Equal(new DateOnly(2026, 11, 27), saved.WithdrawnOn);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(withdrawLink)).StatusCode);
        Assert.Null(page.QuerySelector(".kix-consents dd[data-purpose=ShareWithBuddy] a"));
    }

    [Fact]
    public async Task Has_active_consent_only_for_the_latest_given_and_not_withdrawn_answer()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Dawit", "Haile");
        var consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Id;
        var today = new DateOnly(2026, 11, 27);
        var now = factory.Time.GetUtcNow();
        async Task<bool> Active(ConsentPurpose purpose) =>
            await factory.InMunicipalityAsync(_municipality, db => db.Consents.HasActiveConsentAsync(participant, purpose));
        async Task Add(ConsentPurpose purpose, ConsentAnswer answer, DateOnly on, bool withdraw = false) =>
            await factory.InMunicipalityAsync(_municipality, async db =>
            {
                var consent = Consent.Record(participant, purpose, answer, on, consultant, today, now);
                if (withdraw) consent.Withdraw(today, consultant, now);
                db.Consents.Add(consent);
                return await db.SaveChangesAsync();
            });

        Assert.False(await Active(ConsentPurpose.ShareWithBuddy));
        await Add(ConsentPurpose.ShareWithBuddy, ConsentAnswer.Given, today.AddDays(-10));
        await Add(ConsentPurpose.ShareWithEmployer, ConsentAnswer.Given, today.AddDays(-10));
        await Add(ConsentPurpose.ShareWithEmployer, ConsentAnswer.Refused, today.AddDays(-2));
        await Add(ConsentPurpose.PhotosAtEvents, ConsentAnswer.Given, today.AddDays(-5), withdraw: true);

        Assert.True(await Active(ConsentPurpose.ShareWithBuddy));
        Assert.False(await Active(ConsentPurpose.ShareWithEmployer));
        Assert.False(await Active(ConsentPurpose.PhotosAtEvents));
        var elsewhere = await factory.CreateMunicipalityAsync("Elders");
        Assert.False(await factory.InMunicipalityAsync(elsewhere, db => db.Consents.HasActiveConsentAsync(participant, ConsentPurpose.ShareWithBuddy)));
    }

    [Fact]
    public async Task Another_gemeentes_participant_or_consent_gives_404_and_nothing_changes()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Ali", "Ahmadi");
        using (var own = await TestBrowser.SignedInAsync(factory, _consultant))
            await own.SubmitAsync(NewPage(participant), new() { ["Purpose"] = "ShareWithBuddy", ["Answer"] = "Given", ["On"] = "01-11-2026" });
        var consent = Assert.Single(await ConsentsOf(_municipality, participant));
        var other = await factory.CreateMunicipalityAsync("Scherpenzeel");
        var ownParticipantElsewhere = await factory.CreateParticipantAsync(other, "Eigen", "Deelnemer");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, other)).Email!);
        var withdraw = $"/participants/{participant}/consents/{consent.Id}/withdraw";
        var withdrawViaOwnParticipant = $"/participants/{ownParticipantElsewhere}/consents/{consent.Id}/withdraw";

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(NewPage(participant))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(withdraw)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostWithTokenAsync(NewPage(participant), new() { ["Purpose"] = "PhotosAtEvents", ["Answer"] = "Given", ["On"] = "26-11-2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostWithTokenAsync(withdraw, new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostWithTokenAsync(withdrawViaOwnParticipant, new())).StatusCode);

        var after = Assert.Single(await ConsentsOf(_municipality, participant));
        Assert.True(after.IsActive);
        Assert.Empty(await factory.InMunicipalityAsync(other, db => db.Consents.AsNoTracking().ToListAsync()));
    }

    [Fact]
    public async Task A_manager_sees_the_consents_but_may_not_record_or_withdraw_and_a_trainer_gets_nothing()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Mara", "Manager");
        using (var own = await TestBrowser.SignedInAsync(factory, _consultant))
            await own.SubmitAsync(NewPage(participant), new() { ["Purpose"] = "ShareWithBuddy", ["Answer"] = "Given", ["On"] = "01-11-2026" });
        var consent = Assert.Single(await ConsentsOf(_municipality, participant));
        var withdraw = $"/participants/{participant}/consents/{consent.Id}/withdraw";
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, _municipality)).Email!);
        using var trainer = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Trainer, _municipality)).Email!);

        var file = await manager.GetPageAsync($"/participants/{participant}");
        Assert.Contains("Gegeven op 01-11-2026 door Test Consultant", StateOf(file, ConsentPurpose.ShareWithBuddy));
        Assert.Null(file.QuerySelector($"a[href='{NewPage(participant)}']"));
        Assert.Null(file.QuerySelector($"a[href='{withdraw}']"));

        foreach (var browser in new[] { manager, trainer })
        {
            var responses = new[]
            {
                await browser.GetAsync(NewPage(participant)),
                await browser.GetAsync(withdraw),
                await browser.PostWithTokenAsync(NewPage(participant), new() { ["Purpose"] = "PhotosAtEvents", ["Answer"] = "Given", ["On"] = "26-11-2026" }),
                await browser.PostWithTokenAsync(withdraw, new()),
            };
            Assert.All(responses, r => Assert.StartsWith("/account/access-denied", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal));
        }
        Assert.True(Assert.Single(await ConsentsOf(_municipality, participant)).IsActive);
    }
}
