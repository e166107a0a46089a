using System.Net;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Tenancy;

/// <summary>The most important tests in the repo: through HTTP, a user of gemeente A can never read or
/// write gemeente B's participants, whatever id or form field they send. Run on SQLite and PostgreSQL.</summary>
public abstract class TenantIsolationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : KixWorksFactory
{
    protected TFactory Factory { get; } = factory;
    private Guid _a, _b, _participantA, _participantB;
    private string _consultantA = "", _consultantB = "";

    public async Task InitializeAsync()
    {
        _a = await Factory.CreateMunicipalityAsync("Gemeente A");
        _b = await Factory.CreateMunicipalityAsync("Gemeente B");
        _consultantA = (await Factory.CreateUserAsync(Roles.Consultant, _a)).Email!;
        _consultantB = (await Factory.CreateUserAsync(Roles.Consultant, _b)).Email!;
        _participantA = await Factory.CreateParticipantAsync(_a, "Amira", "Aalders");
        _participantB = await Factory.CreateParticipantAsync(_b, "Bereket", "Zwartjes" + Guid.NewGuid().ToString("N")[..6]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<TestBrowser> ConsultantOfA() => TestBrowser.SignedInAsync(Factory, _consultantA);

    protected async Task Details_of_another_gemeentes_participant_is_not_found_core()
    {
        using var browser = await ConsultantOfA();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/participants/{_participantB}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/participants/{_participantA}")).StatusCode);
    }

    protected async Task Edit_of_another_gemeentes_participant_is_not_found_and_changes_nothing_core()
    {
        using var browser = await ConsultantOfA();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/participants/{_participantB}/edit")).StatusCode);

        var before = await Factory.FindParticipantAsync(_b, _participantB);
        var response = await browser.PostWithTokenAsync($"/participants/{_participantB}/edit", new()
        {
            ["GivenName"] = "Overgenomen",
            ["FamilyName"] = "Door A",
            ["DateOfBirth"] = "01-01-2000",
            ["TargetGroup"] = "Other",
            ["Version"] = before!.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await Factory.FindParticipantAsync(_b, _participantB);
        Assert.Equal(before.GivenName, after!.GivenName);
        Assert.Equal(before.Version, after.Version);
    }

    protected async Task Lists_and_searches_never_show_another_gemeentes_rows_core()
    {
        using var browser = await ConsultantOfA();
        var list = await browser.GetPageAsync("/participants");
        Assert.Contains("Aalders", list.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Zwartjes", list.QuerySelector("main")!.TextContent);

        var search = await browser.GetPageAsync("/participants?q=zwartjes");
        Assert.Empty(search.QuerySelectorAll("main table tbody tr"));
        Assert.Contains("Geen deelnemers gevonden", search.QuerySelector("main")!.TextContent);
    }

    protected async Task A_forged_MunicipalityId_in_a_form_changes_nothing_core()
    {
        using var browser = await ConsultantOfA();
        var family = "Vervalst" + Guid.NewGuid().ToString("N")[..6];
        var response = await browser.SubmitAsync("/participants/register", new()
        {
            ["GivenName"] = "Farah",
            ["FamilyName"] = family,
            ["DateOfBirth"] = "03-05-2001",
            ["TargetGroup"] = "Statusholder",
            ["MunicipalityId"] = _b.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var browserB = await TestBrowser.SignedInAsync(Factory, _consultantB);
        Assert.Empty((await browserB.GetPageAsync($"/participants?q={family}")).QuerySelectorAll("main table tbody tr"));
        Assert.Single((await browser.GetPageAsync($"/participants?q={family}")).QuerySelectorAll("main table tbody tr"));

        var edit = await browser.SubmitAsync($"/participants/{_participantA}/edit", new() { ["MunicipalityId"] = _b.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.NotNull(await Factory.FindParticipantAsync(_a, _participantA));
        Assert.Null(await Factory.FindParticipantAsync(_b, _participantA));
    }

    protected async Task Consents_and_goals_of_another_gemeente_cannot_be_read_or_changed_core()
    {
        var (consentB, goalB) = await Factory.InMunicipalityAsync(_b, async db =>
        {
            var now = Factory.Time.GetUtcNow();
            var recorder = await db.Users.Select(u => u.Id).FirstAsync();
            var consent = Consent.Record(_participantB, ConsentPurpose.ShareWithBuddy, ConsentAnswer.Given, new DateOnly(2026, 11, 1), recorder, new DateOnly(2026, 11, 27), now);
            var goal = Goal.Add(_participantB, "Doel van B.", null, now);
            db.AddRange(consent, goal);
            await db.SaveChangesAsync();
            return (consent.Id, goal.Id);
        });
        using var browser = await ConsultantOfA();

        var responses = new[]
        {
            await browser.GetAsync($"/participants/{_participantB}/plan"),
            await browser.GetAsync($"/participants/{_participantB}/consents/{consentB}/withdraw"),
            await browser.PostWithTokenAsync($"/participants/{_participantB}/consents/new", new() { ["Purpose"] = "PhotosAtEvents", ["Answer"] = "Given", ["On"] = "26-11-2026" }),
            await browser.PostWithTokenAsync($"/participants/{_participantB}/consents/{consentB}/withdraw", new()),
            await browser.PostWithTokenAsync($"/participants/{_participantA}/consents/{consentB}/withdraw", new()),
            await browser.PostWithTokenAsync($"/participants/{_participantB}/goals/new", new() { ["OwnWords"] = "Van A." }),
            await browser.PostWithTokenAsync($"/participants/{_participantB}/goals/{goalB}/status", new() { ["Status"] = "Stopped" }),
            await browser.PostWithTokenAsync($"/participants/{_participantA}/goals/{goalB}/edit", new() { ["OwnWords"] = "Van A." }),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var (consents, goals) = await Factory.InMunicipalityAsync(_b, async db =>
            (await db.Consents.AsNoTracking().Where(c => c.ParticipantId == _participantB).ToListAsync(), await db.Goals.AsNoTracking().Where(g => g.ParticipantId == _participantB).ToListAsync()));
        Assert.True(Assert.Single(consents).IsActive);
        var goal = Assert.Single(goals);
        Assert.Equal(("Doel van B.", GoalStatus.Open), (goal.OwnWords, goal.Status));
        Assert.Empty(await Factory.InMunicipalityAsync(_a, db => db.Consents.AsNoTracking().Where(c => c.ParticipantId == _participantA).ToListAsync()));
    }
}

public sealed class SqliteTenantIsolationTests(KixWorksFactory factory) : TenantIsolationTests<KixWorksFactory>(factory)
{
    [Fact] public Task Details_of_another_gemeentes_participant_is_not_found() => Details_of_another_gemeentes_participant_is_not_found_core();
    [Fact] public Task Edit_of_another_gemeentes_participant_is_not_found_and_changes_nothing() => Edit_of_another_gemeentes_participant_is_not_found_and_changes_nothing_core();
    [Fact] public Task Lists_and_searches_never_show_another_gemeentes_rows() => Lists_and_searches_never_show_another_gemeentes_rows_core();
    [Fact] public Task A_forged_MunicipalityId_in_a_form_changes_nothing() => A_forged_MunicipalityId_in_a_form_changes_nothing_core();
    [Fact] public Task Consents_and_goals_of_another_gemeente_cannot_be_read_or_changed() => Consents_and_goals_of_another_gemeente_cannot_be_read_or_changed_core();
}

public sealed class PostgresTenantIsolationTests(PostgresKixWorksFactory factory) : TenantIsolationTests<PostgresKixWorksFactory>(factory)
{
    [PostgresFact] public Task Details_of_another_gemeentes_participant_is_not_found() => Details_of_another_gemeentes_participant_is_not_found_core();
    [PostgresFact] public Task Edit_of_another_gemeentes_participant_is_not_found_and_changes_nothing() => Edit_of_another_gemeentes_participant_is_not_found_and_changes_nothing_core();
    [PostgresFact] public Task Lists_and_searches_never_show_another_gemeentes_rows() => Lists_and_searches_never_show_another_gemeentes_rows_core();
    [PostgresFact] public Task A_forged_MunicipalityId_in_a_form_changes_nothing() => A_forged_MunicipalityId_in_a_form_changes_nothing_core();
    [PostgresFact] public Task Consents_and_goals_of_another_gemeente_cannot_be_read_or_changed() => Consents_and_goals_of_another_gemeente_cannot_be_read_or_changed_core();
}
