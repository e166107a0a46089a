using System.Net;
using KixWorks.Domain.Trajectories;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Trajectories;

public sealed class MoveTrajectoryTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private string _consultant = "";

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Ede");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string MovePage(Guid participant) => $"/participants/{participant}/trajectory/move";

    private Task<List<Trajectory>> TrajectoriesOf(Guid participant) =>
        factory.InMunicipalityAsync(_municipality, db => db.Trajectories.AsNoTracking().Include(t => t.Moves)
            .Where(t => t.ParticipantId == participant).OrderBy(t => t.Episode).ToListAsync());

    private async Task<Trajectory> OnlyTrajectory(Guid participant) => Assert.Single(await TrajectoriesOf(participant));

    [Fact]
    public async Task A_consultant_moves_from_intake_to_activation_and_the_file_shows_it_in_the_history()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Senait", "Tesfay");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var file = await browser.GetPageAsync($"/participants/{participant}");
        Assert.NotNull(file.QuerySelector($"a[href='{MovePage(participant)}']"));
        var form = await browser.GetPageAsync(MovePage(participant));
        Assert.Equal("Intake", form.QuerySelector("#huidige-fase")!.TextContent);
        var options = form.QuerySelectorAll("select[name=To] option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(["Activation", "Paused", "Dropped"], options);
        Assert.Contains("Verplicht bij pauzeren of afbreken", form.QuerySelector("main form")!.TextContent);

        var response = await browser.SubmitAsync(MovePage(participant), new() { ["To"] = "Activation" });
        var page = await browser.FollowAsync(response);

        Assert.Equal($"/participants/{participant}", response.Headers.Location!.ToString());
        Assert.Equal("Fase gewijzigd.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("Traject 1 – Activeren & oriënteren", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Intake → Activeren & oriënteren", page.QuerySelector(".kix-timeline")!.TextContent);
        Assert.Equal(TrajectoryPhase.Activation, (await OnlyTrajectory(participant)).Phase);
    }

    [Fact]
    public async Task Pausing_without_a_reason_gets_a_Dutch_message_next_to_the_field_and_changes_nothing()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Omar", "Haddad");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync(MovePage(participant), new() { ["To"] = "Paused", ["Reason"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("Geef een reden op bij pauzeren of afbreken.", page.QuerySelector("[data-valmsg-for=Reason]")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Reason']"));
        Assert.Equal("Paused", page.QuerySelector("select[name=To] option[selected]")!.GetAttribute("value"));
        var trajectory = await OnlyTrajectory(participant);
        Assert.Equal(TrajectoryPhase.Intake, trajectory.Phase);
        Assert.Single(trajectory.Moves);
    }

    [Fact]
    public async Task A_move_the_domain_does_not_allow_is_refused_with_a_message_and_nothing_is_saved()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Rahel", "Kidane");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var response = await browser.SubmitAsync(MovePage(participant), new() { ["To"] = "Placement" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Een traject in fase 'Intake' kan niet naar 'Plaatsing'.", (await TestBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        var trajectory = await OnlyTrajectory(participant);
        Assert.Equal(TrajectoryPhase.Intake, trajectory.Phase);
        Assert.Single(trajectory.Moves);
    }

    [Fact]
    public async Task A_consultant_of_another_gemeente_gets_404_and_nothing_changes()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Ali", "Ahmadi");
        var trajectory = await OnlyTrajectory(participant);
        var other = await factory.CreateMunicipalityAsync("Wageningen");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, other)).Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(MovePage(participant))).StatusCode);
        var post = await browser.PostWithTokenAsync(MovePage(participant), new()
        {
            ["TrajectoryId"] = trajectory.Id.ToString(), ["Version"] = trajectory.Version.ToString(), ["To"] = "Activation",
        });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var invalid = await browser.PostWithTokenAsync(MovePage(participant), new() { ["TrajectoryId"] = trajectory.Id.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostWithTokenAsync($"/participants/{participant}/trajectory/restart", [])).StatusCode);

        var after = await OnlyTrajectory(participant);
        Assert.Equal(TrajectoryPhase.Intake, after.Phase);
        Assert.Single(after.Moves);
    }

    [Fact]
    public async Task Two_consultants_moving_from_the_same_loaded_form_the_second_gets_a_conflict()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Nadia", "Yusuf");
        using var first = await TestBrowser.SignedInAsync(factory, _consultant);
        using var second = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!);
        var loaded = (await second.GetPageAsync(MovePage(participant))).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(MovePage(participant), new() { ["To"] = "Activation" })).StatusCode);
        var response = await second.SubmitAsync(MovePage(participant), new() { ["To"] = "Dropped", ["Reason"] = "Verhuisd", ["Version"] = loaded });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit traject net gewijzigd", (await TestBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        var trajectory = await OnlyTrajectory(participant);
        Assert.Equal(TrajectoryPhase.Activation, trajectory.Phase);
        Assert.Equal(2, trajectory.Moves.Count);
    }

    [Fact]
    public async Task A_dropped_trajectory_restarts_as_episode_2_in_intake()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Yonas", "Berhe");
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var dropped = await browser.SubmitAsync(MovePage(participant), new() { ["To"] = "Dropped", ["Reason"] = "Verhuisd" });
        var file = await browser.FollowAsync(dropped);
        Assert.Null(file.QuerySelector($"a[href='{MovePage(participant)}']"));
        Assert.Contains("Dit traject is afgebroken", (await browser.GetPageAsync(MovePage(participant))).QuerySelector("main")!.TextContent);

        var response = await browser.SubmitAsync($"/participants/{participant}", [], $"main form[action='/participants/{participant}/trajectory/restart']");
        var page = await browser.FollowAsync(response);

        Assert.Equal("Nieuw traject gestart in de fase Intake.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("Traject 2 – Intake", page.QuerySelector("main")!.TextContent);
        var trajectories = await TrajectoriesOf(participant);
        Assert.Equal([1, 2], trajectories.Select(t => t.Episode));
        Assert.Equal(TrajectoryPhase.Intake, trajectories[1].Phase);

        var again = await browser.PostWithTokenAsync($"/participants/{participant}/trajectory/restart", []);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Alleen een afgebroken traject kan opnieuw beginnen.", (await TestBrowser.ParseAsync(again)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(2, (await TrajectoriesOf(participant)).Count);
    }

    [Fact]
    public async Task A_completed_trajectory_shows_a_message_and_no_move_form()
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Hana", "Tekle");
        await factory.InMunicipalityAsync(_municipality, async db =>
        {
            var trajectory = await db.Trajectories.Include(t => t.Moves).SingleAsync(t => t.ParticipantId == participant);
            var at = factory.Time.GetUtcNow();
            foreach (var phase in new[] { TrajectoryPhase.Activation, TrajectoryPhase.JobGuidance, TrajectoryPhase.Placement, TrajectoryPhase.Aftercare, TrajectoryPhase.Completed })
                trajectory.MoveTo(phase, at);
            return await db.SaveChangesAsync();
        });
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var page = await browser.GetPageAsync(MovePage(participant));

        Assert.Contains("Dit traject is afgerond", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Theory]
    [InlineData(Roles.MunicipalManager)]
    [InlineData(Roles.Trainer)]
    public async Task Managers_and_trainers_may_not_move_a_trajectory(string role)
    {
        var participant = await factory.CreateParticipantAsync(_municipality, "Rola", "Rolvast");
        var trajectory = await OnlyTrajectory(participant);
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(role, _municipality)).Email!);

        var get = await browser.GetAsync(MovePage(participant));
        var post = await browser.PostWithTokenAsync(MovePage(participant), new()
        {
            ["TrajectoryId"] = trajectory.Id.ToString(), ["Version"] = trajectory.Version.ToString(), ["To"] = "Activation",
        });
        var restart = await browser.PostWithTokenAsync($"/participants/{participant}/trajectory/restart", []);

        foreach (var response in new[] { get, post, restart })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        Assert.Equal(TrajectoryPhase.Intake, (await OnlyTrajectory(participant)).Phase);
    }
}
