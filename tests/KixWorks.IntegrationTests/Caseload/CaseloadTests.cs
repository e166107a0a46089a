using System.Net;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Caseload;

public sealed class CaseloadTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private Guid _municipality;

    public async Task InitializeAsync() => _municipality = await factory.CreateMunicipalityAsync("Renswoude");

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<Guid> RegisterAsync(TestBrowser browser, string given, string family)
    {
        var response = await browser.SubmitAsync("/participants/register", new()
        {
            ["GivenName"] = given, ["FamilyName"] = family, ["DateOfBirth"] = "15-03-1998", ["TargetGroup"] = "Statusholder",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private static async Task ContactAsync(TestBrowser browser, Guid participant, string on) =>
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync($"/participants/{participant}/contacts/new", new() { ["On"] = on, ["Channel"] = "Phone" })).StatusCode);

    [Fact]
    public async Task The_caseload_shows_only_my_participants_longest_without_contact_first()
    {
        using var me = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!);
        using var colleague = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!);
        var recent = await RegisterAsync(me, "Anna", "Recent");
        var longAgo = await RegisterAsync(me, "Bram", "Lang");
        await RegisterAsync(me, "Cees", "Nooit");
        await RegisterAsync(colleague, "Dirk", "Collega");
        await ContactAsync(me, recent, "25-11-2026");
        await ContactAsync(me, longAgo, "17-11-2026");

        var page = await me.GetPageAsync("/caseload");

        var rows = page.QuerySelectorAll(".kix-caseload tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Nooit, Cees", rows[0]);
        Assert.Contains("Nog nooit", rows[0]);
        Assert.Contains("Lang, Bram", rows[1]);
        Assert.Contains("10 dagen geleden", rows[1]);
        Assert.Contains("Recent, Anna", rows[2]);
        Assert.Contains("2 dagen geleden", rows[2]);
        Assert.Contains("Intake", rows[2]);
        Assert.DoesNotContain("Collega", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("nav a[href='/caseload']"));
    }

    [Fact]
    public async Task A_consultant_without_participants_sees_an_empty_state()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!);

        var page = await browser.GetPageAsync("/caseload");

        Assert.Contains("Je hebt nog geen deelnemers.", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_trainer_may_not_open_the_caseload()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Trainer, _municipality)).Email!);

        var response = await browser.GetAsync("/caseload");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null((await browser.GetPageAsync("/")).QuerySelector("nav a[href='/caseload']"));
    }

    /// <summary>An intake that agreed <paramref name="frequency"/>, started <paramref name="daysAgo"/> days before the test's today.</summary>
    private Task<int> AgreeAsync(Guid participant, string consultantEmail, ContactFrequency frequency, int daysAgo) =>
        factory.InMunicipalityAsync(_municipality, async db =>
        {
            var consultant = await db.Users.SingleAsync(u => u.Email == consultantEmail);
            var intake = Intake.Start(participant, 1, consultant.Id, factory.Time.GetUtcNow().AddDays(-daysAgo));
            intake.Save(new LadderAndContact(ParticipationRung.Isolated, ContactChannel.Phone, frequency));
            db.Intakes.Add(intake);
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Overdue_contacts_come_first_most_overdue_on_top_with_how_late_they_are()
    {
        var email = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
        using var me = await TestBrowser.SignedInAsync(factory, email);
        await RegisterAsync(me, "Eva", "Nooit");
        var bitLate = await RegisterAsync(me, "Fenna", "Beetje");
        var veryLate = await RegisterAsync(me, "Gijs", "Heel");
        var onTime = await RegisterAsync(me, "Hans", "Optijd");
        await AgreeAsync(bitLate, email, ContactFrequency.Weekly, daysAgo: 30);
        await ContactAsync(me, bitLate, "18-11-2026");     // due 25-11: 2 days late
        await AgreeAsync(veryLate, email, ContactFrequency.EveryTwoWeeks, daysAgo: 40); // due 01-11-ish: long overdue
        await AgreeAsync(onTime, email, ContactFrequency.EveryFourWeeks, daysAgo: 3);

        var page = await me.GetPageAsync("/caseload");

        var rows = page.QuerySelectorAll(".kix-caseload tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Heel, Gijs", rows[0]);
        Assert.Contains("26 dagen te laat", rows[0]);
        Assert.Contains("Beetje, Fenna", rows[1]);
        Assert.Contains("2 dagen te laat", rows[1]);
        Assert.Contains("Nooit, Eva", rows[2]);
        Assert.Contains("Geen afspraak", rows[2]);
        Assert.Contains("Optijd, Hans", rows[3]);
        Assert.Contains("22-12-2026", rows[3]);
        Assert.DoesNotContain("te laat", rows[3]);
    }
}
