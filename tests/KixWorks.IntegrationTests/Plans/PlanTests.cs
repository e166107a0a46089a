using System.Net;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Plans;

/// <summary>"Mijn plan": printable, in simple words, for consultants only, and logged as a file view.</summary>
public sealed class PlanTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private KixWorks.Data.Identity.AppUser _consultant = null!;

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Rheden");
        _consultant = await factory.CreateUserAsync(Roles.Consultant, _municipality);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string PlanPage(Guid participant) => $"/participants/{participant}/plan";

    /// <summary>A participant of this consultant with four goals, one per status, and a contact moment.</summary>
    private Task<Guid> ParticipantWithGoalsAsync() =>
        factory.InMunicipalityAsync(_municipality, async db =>
        {
            var now = factory.Time.GetUtcNow();
            var participant = Participant.Register(
                new PersonalDetails("Yonas", null, "Mebrahtu", new DateOnly(2001, 2, 3), null, null, TargetGroup.Statusholder, ["ti"]), now, _consultant.Id);
            db.Participants.Add(participant);
            var open = Goal.Add(participant.Id, "Ik wil een rijbewijs halen zodat ik flexibeler naar werk kan reizen.", "Ik haal mijn rijbewijs.", now);
            var busy = Goal.Add(participant.Id, "Nederlands leren.", null, now.AddMinutes(1));
            busy.ChangeStatus(GoalStatus.InProgress, now);
            var done = Goal.Add(participant.Id, "Een fiets kopen.", null, now.AddMinutes(2));
            done.ChangeStatus(GoalStatus.Achieved, now);
            var stopped = Goal.Add(participant.Id, "Werken als vrachtwagenchauffeur.", null, now.AddMinutes(3));
            stopped.ChangeStatus(GoalStatus.Stopped, now);
            db.Goals.AddRange(open, busy, done, stopped);
            db.ContactMoments.Add(ContactMoment.Record(participant.Id, _consultant.Id, new DateOnly(2026, 11, 20), ContactChannel.WhatsApp, null, new DateOnly(2026, 11, 27), now));
            await db.SaveChangesAsync();
            return participant.Id;
        });

    [Fact]
    public async Task The_plan_shows_goals_in_simple_words_without_stopped_ones_the_consultant_and_the_last_contact()
    {
        var participant = await ParticipantWithGoalsAsync();
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant.Email!);
        var file = await browser.GetPageAsync($"/participants/{participant}");
        Assert.NotNull(file.QuerySelector($"a[href='{PlanPage(participant)}']"));

        var plan = await browser.GetPageAsync(PlanPage(participant));

        Assert.Equal("Mijn plan", plan.QuerySelector("h1")!.TextContent);
        Assert.Equal("Yonas Mebrahtu", plan.QuerySelector(".kix-plan__name")!.TextContent);
        var goals = plan.QuerySelectorAll(".kix-plan__goals li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, goals.Count);
        Assert.Contains("Ik haal mijn rijbewijs.", goals[0]);
        Assert.DoesNotContain("flexibeler", goals[0]);
        Assert.Contains("Hier ga ik mee beginnen", goals[0]);
        Assert.Contains("Hier ben ik mee bezig", goals[1]);
        Assert.Contains("Dit is gelukt", goals[2]);
        Assert.DoesNotContain("vrachtwagenchauffeur", plan.QuerySelector("main")!.TextContent);
        Assert.Contains("Test Consultant", plan.QuerySelector(".kix-plan__consultant")!.TextContent);
        Assert.Contains(_consultant.Email!, plan.QuerySelector(".kix-plan__consultant")!.TextContent);
        Assert.Contains("20-11-2026", plan.QuerySelector(".kix-plan__last-contact")!.TextContent);
        Assert.Contains("Geprint op 27-11-2026", plan.QuerySelector(".kix-plan__printed")!.TextContent);
        Assert.NotNull(plan.QuerySelector("button[data-print]"));
        Assert.Null(plan.QuerySelector("[onclick]"));
    }

    [Fact]
    public async Task The_plan_says_how_often_and_how_we_keep_in_touch_and_when_we_talk_next()
    {
        var participant = await ParticipantWithGoalsAsync();
        await factory.InMunicipalityAsync(_municipality, db =>
        {
            var intake = Intake.Start(participant, 1, _consultant.Id, factory.Time.GetUtcNow().AddDays(-14));
            intake.Save(new LadderAndContact(ParticipationRung.SocialContacts, ContactChannel.WhatsApp, ContactFrequency.EveryTwoWeeks));
            db.Intakes.Add(intake);
            return db.SaveChangesAsync();
        });
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant.Email!);

        var plan = await browser.GetPageAsync(PlanPage(participant));

        var contact = plan.QuerySelector("section[aria-labelledby=contact]")!.TextContent;
        Assert.Contains("We hebben elke twee weken contact. Het liefst via WhatsApp.", contact);
        // Last contact 20-11, every two weeks: the next one before 04-12.
        Assert.Contains("We spreken elkaar weer vóór 04-12-2026.", contact);
    }

    [Fact]
    public async Task Opening_the_plan_is_recorded_in_the_access_log()
    {
        var participant = await ParticipantWithGoalsAsync();
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant.Email!);

        await browser.GetPageAsync(PlanPage(participant));

        var view = Assert.Single(await factory.InMunicipalityAsync(_municipality, db => db.FileViews.AsNoTracking().Where(v => v.ParticipantId == participant).ToListAsync()));
        Assert.Equal(FilePart.Plan, view.Part);
        Assert.Equal(_consultant.Id, view.UserId);
        Assert.Equal(factory.Time.GetUtcNow(), view.At);
    }

    [Theory]
    [InlineData(Roles.MunicipalManager)]
    [InlineData(Roles.Trainer)]
    [InlineData(Roles.CoTrainer)]
    public async Task Only_consultants_may_open_the_plan(string role)
    {
        var participant = await ParticipantWithGoalsAsync();
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(role, _municipality)).Email!);

        var response = await browser.GetAsync(PlanPage(participant));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Empty(await factory.InMunicipalityAsync(_municipality, db => db.FileViews.AsNoTracking().Where(v => v.ParticipantId == participant).ToListAsync()));
    }

    [Fact]
    public async Task The_plan_of_another_gemeentes_participant_is_not_found_and_not_logged()
    {
        var participant = await ParticipantWithGoalsAsync();
        var other = await factory.CreateMunicipalityAsync("Rozendaal");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, other)).Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(PlanPage(participant))).StatusCode);
        Assert.Empty(await factory.InMunicipalityAsync(_municipality, db => db.FileViews.AsNoTracking().Where(v => v.ParticipantId == participant).ToListAsync()));
    }
}
