using System.Net;
using KixWorks.Domain.Intakes;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Intakes;

/// <summary>Intake answers and health limitations are for consultants of the participant's own gemeente only.</summary>
public sealed class IntakeAccessTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;
    private Guid _participant;
    private Guid _consultantId;

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Rhenen");
        _participant = await factory.CreateParticipantAsync(_municipality, "Amira", "Hassan");
        _consultantId = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Id;
        await factory.InMunicipalityAsync(_municipality, db =>
        {
            var intake = Intake.Start(_participant, 1, _consultantId, factory.Time.GetUtcNow());
            intake.Save(new WhatYouWant("Ik wil zorgassistent worden.", OutflowWish.Education));
            var health = HealthLimitations.For(intake);
            intake.SaveHealth(health, "Kan niet tillen.", null);
            db.Intakes.Add(intake);
            db.HealthLimitations.Add(health);
            return db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/account/access-denied", StringComparison.Ordinal);

    [Theory]
    [InlineData(Roles.MunicipalManager)]
    [InlineData(Roles.Trainer)]
    [InlineData(Roles.CoTrainer)]
    public async Task Other_roles_cannot_open_intake_answers_or_health_limitations(string role)
    {
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(role, _municipality)).Email!);

        foreach (var path in new[] { "step/3", "step/6", "" })
        {
            var response = await browser.GetAsync($"/participants/{_participant}/intake/1/{path}".TrimEnd('/'));
            Assert.True(Refused(response), $"{role} got {(int)response.StatusCode} on {path}");
        }
        var post = await browser.PostWithTokenAsync($"/participants/{_participant}/intake/1/step/6", new() { ["Limitations"] = "Overschreven", ["Revision"] = "1" }, "/");
        Assert.True(Refused(post));
        var start = await browser.PostWithTokenAsync($"/participants/{_participant}/intake/start", new(), "/");
        Assert.True(Refused(start));
        Assert.Equal("Kan niet tillen.", await factory.InMunicipalityAsync(_municipality, db => db.HealthLimitations.Select(h => h.Limitations).SingleAsync()));
    }

    [Fact]
    public async Task A_manager_sees_the_file_without_intake_answers()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, _municipality)).Email!);

        var page = await browser.GetPageAsync($"/participants/{_participant}");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Null(page.QuerySelector("#intake"));
        Assert.DoesNotContain("zorgassistent", text);
        Assert.DoesNotContain("Kan niet tillen", text);
        Assert.Contains("Gestart: Intake", page.QuerySelector("section[aria-labelledby=tijdlijn]")!.TextContent);
    }

    [Fact]
    public async Task A_consultant_of_another_gemeente_gets_404_and_changes_nothing()
    {
        var elsewhere = await factory.CreateMunicipalityAsync("Veenendaal");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, elsewhere)).Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/participants/{_participant}/intake/1/step/3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/participants/{_participant}/intake/1")).StatusCode);
        var post = await browser.PostWithTokenAsync($"/participants/{_participant}/intake/1/step/3",
            new() { ["ChangeTalk"] = "Overschreven", ["OutflowWish"] = "PaidWork", ["Revision"] = "1" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostWithTokenAsync($"/participants/{_participant}/intake/start", new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostWithTokenAsync($"/participants/{_participant}/intake/1/complete", new())).StatusCode);

        var intakes = await factory.InMunicipalityAsync(_municipality, db => db.Intakes.AsNoTracking().Where(i => i.ParticipantId == _participant).ToListAsync());
        Assert.Equal("Ik wil zorgassistent worden.", Assert.Single(intakes).ChangeTalk);
        Assert.False(intakes[0].IsCompleted);
    }
}
