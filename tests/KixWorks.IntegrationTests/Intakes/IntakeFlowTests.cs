using System.Net;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Intakes;

public sealed class IntakeFlowTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private string _consultant = "";
    private Guid _participant;

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Wageningen");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
        _participant = await factory.CreateParticipantAsync(_municipality, "Senait", "Tesfay");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Step(int step, int number = 1) => $"/participants/{_participant}/intake/{number}/step/{step}";

    [Fact]
    public async Task A_consultant_runs_the_intake_over_two_sittings_and_sees_it_on_the_file()
    {
        // First sitting: start from the file, save step 1 and stop.
        using (var first = await TestBrowser.SignedInAsync(factory, _consultant))
        {
            var started = await first.SubmitAsync($"/participants/{_participant}", new(), $"form[action='/participants/{_participant}/intake/start']");
            Assert.Equal(Step(1), started.Headers.Location!.ToString());
            var saved = await first.SubmitAsync(Step(1), new()
            {
                ["Story"] = "Ik ben in 2022 uit Eritrea gekomen.", ["Route"] = "B1Route", ["DutchLevel"] = "A2", ["Continue"] = "false",
            });
            var file = await first.FollowAsync(saved);
            Assert.Contains("Je kunt later verder", file.QuerySelector("[role=status]")!.TextContent);
            Assert.Contains("Verder met de intake (stap 2 van 7)", file.QuerySelector("main")!.TextContent);
        }

        // Second sitting, a new sign-in: step 1 still holds its answers; the rest is filled in.
        using var second = await TestBrowser.SignedInAsync(factory, _consultant);
        var stepOne = await second.GetPageAsync(Step(1));
        Assert.Equal("Ik ben in 2022 uit Eritrea gekomen.", stepOne.QuerySelector("textarea[name=Story]")!.TextContent.Trim());
        Assert.Equal("A2", stepOne.QuerySelector("select[name=DutchLevel] option[selected]")!.GetAttribute("value"));

        await SaveAsync(second, 2, new() { ["Talents"] = "Goed met kinderen", ["WorkExperience"] = "Kapper in Asmara" });
        await SaveAsync(second, 3, new() { ["ChangeTalk"] = "Ik wil mijn eigen geld verdienen.", ["OutflowWish"] = "PaidWork",
            ["NewGoalLines"] = "Ik wil kapper worden.\r\n\r\nIk wil mijn rijbewijs halen.",
        });
        await SaveAsync(second, 4, new() { ["Rows[0].Selected"] = "true", ["Rows[0].Action"] = "Aanmelden bij de kinderopvang" });
        await SaveAsync(second, 5, new() { ["Discussed"] = "ReligionOrBelief", ["WorkConsequences"] = "Wil niet met varkensvlees werken." });
        await SaveAsync(second, 6, new() { ["Limitations"] = "Kan niet lang staan." });
        var last = await second.SubmitAsync(Step(7), new() { ["Rung"] = "SocialContacts", ["PreferredChannel"] = "WhatsApp", ["Frequency"] = "EveryTwoWeeks", ["Continue"] = "true" });
        Assert.Equal($"/participants/{_participant}/intake/1", last.Headers.Location!.ToString());

        var check = await second.FollowAsync(last);
        Assert.Equal("Intake controleren", check.QuerySelector("h1")!.TextContent);
        var answers = check.QuerySelector("main")!.TextContent;
        Assert.Contains("Kapper in Asmara", answers);
        Assert.Contains("Kinderopvang", answers);
        Assert.Contains("Kan niet lang staan.", answers);
        Assert.Contains("2. Sociale contacten buiten de deur", answers);

        var completed = await second.SubmitFormAsync(check, $"/participants/{_participant}/intake/1", new(), "form[action$='/complete']");
        var dossier = await second.FollowAsync(completed);
        var text = dossier.QuerySelector("main")!.TextContent;
        Assert.Equal("Intake afgerond.", dossier.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("Ik wil mijn eigen geld verdienen.", text);
        Assert.Contains("Kinderopvang: Aanmelden bij de kinderopvang", text);
        Assert.Contains("Volgend afgesproken contact: 11-12-2026 (elke twee weken)", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
        Assert.Contains("Herintake starten", text);
        var goals = dossier.QuerySelectorAll("section[aria-labelledby=doelen] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, goals.Count(g => g.Contains("Ik wil kapper worden.") || g.Contains("Ik wil mijn rijbewijs halen.")));
        var timeline = dossier.QuerySelector("section[aria-labelledby=tijdlijn]")!.TextContent;
        Assert.Contains("Afgerond: Intake", timeline);
        Assert.Contains("Gestart: Intake", timeline);
        // The health limitations are not on the file page itself: only in the intake, behind their own policy.
        Assert.DoesNotContain("Kan niet lang staan.", text);
    }

    private async Task SaveAsync(TestBrowser browser, int step, Dictionary<string, string> values)
    {
        values["Continue"] = "true";
        var response = await browser.SubmitAsync(Step(step), values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Step {step} was not saved: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(step < 7 ? Step(step + 1) : $"/participants/{_participant}/intake/1", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Every_step_says_which_step_of_how_many_in_its_heading_and_title()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        await browser.SubmitAsync($"/participants/{_participant}", new(), $"form[action='/participants/{_participant}/intake/start']");

        var page = await browser.GetPageAsync(Step(3));

        Assert.Equal("Stap 3 van 7: Wat wil je?", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Stap 3 van 7: Wat wil je? – Intake", page.Title);
        Assert.Equal("step", page.QuerySelector(".kix-steps a[aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Completing_is_refused_until_every_step_is_saved()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        await browser.SubmitAsync($"/participants/{_participant}", new(), $"form[action='/participants/{_participant}/intake/start']");

        var check = await browser.GetPageAsync($"/participants/{_participant}/intake/1");
        Assert.Null(check.QuerySelector("form[action$='/complete']"));
        Assert.Contains("Sla eerst alle stappen op.", check.QuerySelector("main")!.TextContent);

        var forced = await browser.PostWithTokenAsync($"/participants/{_participant}/intake/1/complete", new());
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("Sla eerst alle stappen van de intake op.", (await TestBrowser.ParseAsync(forced)).QuerySelector(".kix-error-summary")!.TextContent);
        Assert.Null(await factory.InMunicipalityAsync(_municipality, db => db.Intakes.Where(i => i.ParticipantId == _participant).Select(i => i.CompletedAt).SingleAsync()));
    }

    [Fact]
    public async Task Viewing_intake_steps_is_recorded_in_the_access_log_with_the_part()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        await browser.SubmitAsync($"/participants/{_participant}", new(), $"form[action='/participants/{_participant}/intake/start']");

        await browser.GetPageAsync(Step(2));
        await browser.GetPageAsync(Step(6));

        var parts = await factory.InMunicipalityAsync(_municipality, db => db.FileViews.Where(v => v.ParticipantId == _participant).Select(v => v.Part).ToListAsync());
        Assert.Contains(FilePart.Intake, parts);
        Assert.Contains(FilePart.HealthLimitations, parts);
    }
}
