using System.Net;
using KixWorks.Domain.Intakes;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Intakes;

/// <summary>Bad input, colleagues saving at the same time, completed intakes and re-intakes.</summary>
public sealed class IntakeRulesTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private string _consultant = "";
    private Guid _participant;

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Renkum");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
        _participant = await factory.CreateParticipantAsync(_municipality, "Yonas", "Haile");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Step(int step, int number = 1) => $"/participants/{_participant}/intake/{number}/step/{step}";

    private async Task<TestBrowser> StartedAsync()
    {
        var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        await browser.PostWithTokenAsync($"/participants/{_participant}/intake/start", new());
        return browser;
    }

    private Task<Intake> IntakeAsync(int number = 1) =>
        factory.InMunicipalityAsync(_municipality, db => db.Intakes.AsNoTracking().SingleAsync(i => i.ParticipantId == _participant && i.Number == number));

    [Fact]
    public async Task A_ticked_barrier_without_an_action_gets_a_Dutch_message_next_to_the_field_and_nothing_is_saved()
    {
        using var browser = await StartedAsync();

        var response = await browser.SubmitAsync(Step(4), new() { ["Rows[4].Selected"] = "true", ["Rows[4].Note"] = "Schuld bij de zorgverzekeraar", ["Continue"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("Vul een actie of doorverwijzing in voor deze belemmering.", page.QuerySelector("#Rows_4__Action-error")!.TextContent);
        Assert.Equal("Schuld bij de zorgverzekeraar", page.QuerySelector("textarea[name='Rows[4].Note']")!.TextContent.Trim());
        var intake = await IntakeAsync();
        Assert.False(intake.IsSaved(IntakeStep.Barriers));
        Assert.Empty(intake.Barriers);
    }

    [Fact]
    public async Task An_other_barrier_needs_a_description()
    {
        using var browser = await StartedAsync();

        var response = await browser.SubmitAsync(Step(4), new() { ["Rows[8].Selected"] = "true", ["Rows[8].Action"] = "Uitzoeken" });

        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("Beschrijf de andere belemmering.", page.QuerySelector("#Rows_8__Note-error")!.TextContent);
    }

    [Fact]
    public async Task An_over_long_answer_is_refused_with_a_Dutch_message_and_the_step_stays_unsaved()
    {
        using var browser = await StartedAsync();

        var response = await browser.SubmitAsync(Step(2), new() { ["Talents"] = new string('x', 4001) });

        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("Dit antwoord mag hoogstens 4000 tekens lang zijn.", page.QuerySelector("#Talents-error")!.TextContent);
        Assert.False((await IntakeAsync()).IsSaved(IntakeStep.WhatYouCan));
    }

    [Fact]
    public async Task The_last_step_needs_a_rung_a_channel_and_a_frequency()
    {
        using var browser = await StartedAsync();

        var response = await browser.SubmitAsync(Step(7), new());

        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("Kies een trede van de participatieladder.", page.QuerySelector("#Rung-error")!.TextContent);
        Assert.Equal("Kies hoe de deelnemer het liefst contact heeft.", page.QuerySelector("#PreferredChannel-error")!.TextContent);
        Assert.Equal("Kies hoe vaak jullie contact hebben.", page.QuerySelector("#Frequency-error")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_choice_is_refused_without_an_error_page()
    {
        using var browser = await StartedAsync();

        var response = await browser.SubmitAsync(Step(3), new() { ["OutflowWish"] = "Astronaut" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await IntakeAsync()).IsSaved(IntakeStep.WhatYouWant));
    }

    [Fact]
    public async Task Two_consultants_saving_the_same_step_get_a_conflict_message_instead_of_a_silent_overwrite()
    {
        using var me = await StartedAsync();
        using var colleague = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!);
        var myPage = await me.GetPageAsync(Step(2));
        var theirPage = await colleague.GetPageAsync(Step(2));

        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SubmitFormAsync(theirPage, Step(2), new() { ["Talents"] = "Koken" })).StatusCode);
        var mine = await me.SubmitFormAsync(myPage, Step(2), new() { ["Talents"] = "Fietsen repareren" });

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var page = await TestBrowser.ParseAsync(mine);
        Assert.Contains("Een collega heeft deze stap opgeslagen nadat jij hem opende.", page.QuerySelector(".kix-error-summary")!.TextContent);
        Assert.Equal("Fietsen repareren", page.QuerySelector("textarea[name=Talents]")!.TextContent.Trim());
        Assert.Equal("Koken", (await IntakeAsync()).Talents);

        // Saving again is a deliberate choice: now it goes through.
        Assert.Equal(HttpStatusCode.Redirect, (await me.SubmitFormAsync(page, Step(2), new())).StatusCode);
        Assert.Equal("Fietsen repareren", (await IntakeAsync()).Talents);
    }

    [Fact]
    public async Task A_reintake_starts_from_the_previous_answers_and_leaves_the_first_intake_as_it_was()
    {
        var consultantId = (await factory.InMunicipalityAsync(_municipality, db => db.Users.SingleAsync(u => u.Email == _consultant))).Id;
        await factory.InMunicipalityAsync(_municipality, async db =>
        {
            var first = Intake.Start(_participant, 1, consultantId, factory.Time.GetUtcNow());
            first.Save(new WhatYouCan("Koken", null, null, null));
            foreach (var step in new Action[]
            {
                () => first.Save(new WhoYouAre(null, null, null, null, null, null)), () => first.Save(new WhatYouWant(null, OutflowWish.Education)),
                () => first.Save([]), () => first.Save(new DiversityConversation([], null)),
                () => first.Save(new LadderAndContact(ParticipationRung.Isolated, Domain.Participants.ContactChannel.Phone, ContactFrequency.Weekly)),
            }) step();
            var health = HealthLimitations.For(first);
            db.HealthLimitations.Add(health);
            first.SaveHealth(health, null, null);
            first.Complete(consultantId, factory.Time.GetUtcNow());
            db.Intakes.Add(first);
            return await db.SaveChangesAsync();
        });
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var started = await browser.SubmitAsync($"/participants/{_participant}", new(), $"form[action='/participants/{_participant}/intake/start']");
        Assert.Equal(Step(1, 2), started.Headers.Location!.ToString());
        var stepTwo = await browser.GetPageAsync(Step(2, 2));
        Assert.Equal("Koken", stepTwo.QuerySelector("textarea[name=Talents]")!.TextContent.Trim());
        Assert.Contains("Herintake 1", stepTwo.QuerySelector("main")!.TextContent);
        await browser.SubmitFormAsync(stepTwo, Step(2, 2), new() { ["Talents"] = "Koken en bakken" });

        Assert.Equal("Koken", (await IntakeAsync(1)).Talents);
        Assert.Equal("Koken en bakken", (await IntakeAsync(2)).Talents);
        Assert.False((await IntakeAsync(2)).IsSaved(IntakeStep.WhoYouAre));

        // The completed first intake is a record now: saving one of its steps is refused.
        var refused = await browser.PostWithTokenAsync(Step(2, 1), new() { ["Talents"] = "Iets anders", ["Revision"] = "1" });
        Assert.Contains("Deze intake is al afgerond.", (await TestBrowser.ParseAsync(refused)).QuerySelector(".kix-error-summary")!.TextContent);
        Assert.Equal("Koken", (await IntakeAsync(1)).Talents);
    }

    [Fact]
    public async Task Starting_again_while_an_intake_is_open_resumes_it_instead_of_starting_a_second()
    {
        using var browser = await StartedAsync();

        var again = await browser.PostWithTokenAsync($"/participants/{_participant}/intake/start", new());

        Assert.Equal(Step(1), again.Headers.Location!.ToString());
        Assert.Equal(1, await factory.InMunicipalityAsync(_municipality, db => db.Intakes.CountAsync(i => i.ParticipantId == _participant)));
    }
}
