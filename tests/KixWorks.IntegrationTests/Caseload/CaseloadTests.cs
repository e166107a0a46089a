using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

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
}
