using System.Net;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Goals;

public sealed class GoalsTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private string _consultant = "";

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Renkum");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string NewPage(Guid participant) => $"/participants/{participant}/goals/new";

    private Task<List<Goal>> GoalsOf(Guid municipality, Guid participant) =>
        factory.InMunicipalityAsync(municipality, db => db.Goals.AsNoTracking().Where(g => g.ParticipantId == participant).ToListAsync());

    private Task<Goal> AddGoalAsync(Guid participant, string words, string? simple = null) =>
        factory.InMunicipalityAsync(_municipality, async db =>
        {
            var goal = Goal.Add(participant, words, simple, factory.Time.GetUtcNow());
            db.Goals.Add(goal);
            await db.SaveChangesAsync();
            return goal;
        });

    [Fact]
    public async Task A_consultant_adds_a_goal_in_own_words_and_sees_it_open_on_the_file()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Nour", "Osman");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        Assert.Contains("Nog geen doelen.", (await browser.GetPageAsync($"/participants/{participant}")).QuerySelector("#doelen")!.ParentElement!.TextContent);

        var response = await browser.SubmitAsync(NewPage(participant), new() { ["OwnWords"] = "Ik wil graag vaker Nederlands praten.", ["SimpleWords"] = "Ik praat vaker Nederlands." });
        var page = await browser.FollowAsync(response);

        Assert.Equal("Doel toegevoegd.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        var item = page.QuerySelector(".kix-goal")!;
        Assert.Equal("Ik wil graag vaker Nederlands praten.", item.QuerySelector(".kix-goal__words")!.TextContent);
        Assert.Contains("Ik praat vaker Nederlands.", item.QuerySelector(".kix-goal__simple")!.TextContent);
        Assert.Equal("Nog beginnen", item.QuerySelector(".kix-goal__status")!.TextContent);
        var saved = Assert.Single(await GoalsOf(_municipality, participant));
        Assert.Equal(GoalStatus.Open, saved.Status);
        Assert.Equal(factory.Time.GetUtcNow(), saved.CreatedAt);
    }

    [Fact]
    public async Task A_goal_without_words_gets_a_Dutch_message_next_to_the_field_and_saves_nothing()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Leeg", "Doel");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync(NewPage(participant), new() { ["OwnWords"] = "  ", ["SimpleWords"] = new string('a', 301) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("Schrijf het doel op in de woorden van de deelnemer.", page.QuerySelector("[data-valmsg-for=OwnWords]")!.TextContent);
        Assert.Equal("Het doel in eenvoudige woorden mag hoogstens 300 tekens lang zijn.", page.QuerySelector("[data-valmsg-for=SimpleWords]")!.TextContent);
        Assert.Empty(await GoalsOf(_municipality, participant));
    }

    [Fact]
    public async Task The_status_form_next_to_a_goal_changes_its_status()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Status", "Wissel");
        var goal = await AddGoalAsync(participant, "Een baan in de zorg.");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        factory.Time.Advance(TimeSpan.FromMinutes(5));

        var response = await browser.SubmitAsync($"/participants/{participant}", new() { ["Status"] = "InProgress" }, $"form[action$='/goals/{goal.Id}/status']");
        var page = await browser.FollowAsync(response);

        Assert.Equal($"/participants/{participant}#doelen", response.Headers.Location!.ToString());
        Assert.Equal("Status van het doel opgeslagen.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("Mee bezig", page.QuerySelector(".kix-goal__status")!.TextContent);
        var saved = Assert.Single(await GoalsOf(_municipality, participant));
        Assert.Equal(GoalStatus.InProgress, saved.Status);
        Assert.Equal(factory.Time.GetUtcNow(), saved.StatusChangedAt);
    }

    [Fact]
    public async Task Rewording_a_goal_shows_the_current_words_and_saves_the_new_ones()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Woord", "Keus");
        var goal = await AddGoalAsync(participant, "Werk.", "Werk.");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var edit = $"/participants/{participant}/goals/{goal.Id}/edit";
        Assert.Equal("Werk.", (await browser.GetPageAsync(edit)).QuerySelector("textarea[name=OwnWords]")!.TextContent.Trim());

        var page = await browser.FollowAsync(await browser.SubmitAsync(edit, new() { ["OwnWords"] = "Ik wil werken in een keuken.", ["SimpleWords"] = "" }));

        Assert.Equal("Doel opgeslagen.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        var saved = Assert.Single(await GoalsOf(_municipality, participant));
        Assert.Equal("Ik wil werken in een keuken.", saved.OwnWords);
        Assert.Null(saved.SimpleWords);
    }

    [Fact]
    public async Task A_manager_does_not_see_goals_on_the_file_and_manager_and_trainer_may_not_change_them()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Geheim", "Doel");
        var goal = await AddGoalAsync(participant, "Intake-antwoord: ik wil niet met varkensvlees werken.");
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, _municipality)).Email!);
        using var trainer = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Trainer, _municipality)).Email!);

        var file = await manager.GetPageAsync($"/participants/{participant}");
        Assert.Null(file.QuerySelector("#doelen"));
        Assert.DoesNotContain("varkensvlees", file.Body!.TextContent);
        Assert.NotNull(file.QuerySelector("#toestemmingen"));

        foreach (var browser in new[] { manager, trainer })
        {
            var responses = new[]
            {
                await browser.GetAsync(NewPage(participant)),
                await browser.GetAsync($"/participants/{participant}/goals/{goal.Id}/edit"),
                await browser.PostWithTokenAsync(NewPage(participant), new() { ["OwnWords"] = "Overgenomen" }),
                await browser.PostWithTokenAsync($"/participants/{participant}/goals/{goal.Id}/edit", new() { ["OwnWords"] = "Overgenomen" }),
                await browser.PostWithTokenAsync($"/participants/{participant}/goals/{goal.Id}/status", new() { ["Status"] = "Stopped" }),
            };
            Assert.All(responses, r => Assert.StartsWith("/account/access-denied", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal));
        }
        var saved = Assert.Single(await GoalsOf(_municipality, participant));
        Assert.Equal(GoalStatus.Open, saved.Status);
        Assert.StartsWith("Intake-antwoord", saved.OwnWords, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_gemeentes_participant_or_goal_gives_404_and_nothing_changes()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Ander", "Gebied");
        var goal = await AddGoalAsync(participant, "Mijn eigen doel.");
        var other = await factory.CreateMunicipalityAsync("Doorwerth");
        var ownParticipantElsewhere = await factory.CreateParticipantAsync(other, "Eigen", "Deelnemer");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, other)).Email!);

        var responses = new[]
        {
            await browser.GetAsync(NewPage(participant)),
            await browser.GetAsync($"/participants/{participant}/goals/{goal.Id}/edit"),
            await browser.PostWithTokenAsync(NewPage(participant), new() { ["OwnWords"] = "Overgenomen" }),
            await browser.PostWithTokenAsync($"/participants/{participant}/goals/{goal.Id}/edit", new() { ["OwnWords"] = "Overgenomen" }),
            await browser.PostWithTokenAsync($"/participants/{participant}/goals/{goal.Id}/status", new() { ["Status"] = "Stopped" }),
            await browser.PostWithTokenAsync($"/participants/{ownParticipantElsewhere}/goals/{goal.Id}/status", new() { ["Status"] = "Stopped" }),
            await browser.PostWithTokenAsync($"/participants/{ownParticipantElsewhere}/goals/{goal.Id}/edit", new() { ["OwnWords"] = "Overgenomen" }),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var saved = Assert.Single(await GoalsOf(_municipality, participant));
        Assert.Equal("Mijn eigen doel.", saved.OwnWords);
        Assert.Equal(GoalStatus.Open, saved.Status);
        Assert.Empty(await factory.InMunicipalityAsync(other, db => db.Goals.AsNoTracking().ToListAsync()));
    }
}
