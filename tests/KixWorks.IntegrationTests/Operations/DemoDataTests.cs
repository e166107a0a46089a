using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Database.Seed;

namespace KixWorks.IntegrationTests.Operations;

/// <summary>What a newcomer gets from `dotnet run`: two demo gemeenten and a working login for every role.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task Every_demo_login_reaches_its_start_page_and_sees_its_own_gemeente()
    {
        using var factory = KixWorksFactory.Custom(environment: "Development", settings: new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" });
        var expected = new Dictionary<string, string>
        {
            ["admin@kixworks.demo"] = "Programmabeheer",
            ["manager@ede.demo"] = "Overzicht van uw gemeente",
            ["consulent@ede.demo"] = "Mijn werk als consulent",
            ["trainer@kixworks.demo"] = "Mijn groepen en deelnemers",
            ["cotrainer@ede.demo"] = "Mijn groepen en deelnemers",
            ["consulent@deventer.demo"] = "Mijn werk als consulent",
        };

        foreach (var (email, heading) in expected)
        {
            using var browser = new TestBrowser(factory);
            var page = await browser.FollowAsync(await browser.SignInAsync(email, DemoDataSeeder.DemoPassword));
            Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        }

        using var consultant = new TestBrowser(factory);
        await consultant.SignInAsync("consulent@ede.demo", DemoDataSeeder.DemoPassword);
        var list = await consultant.GetPageAsync("/participants");
        Assert.Equal(25, list.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("(60 resultaten)", list.QuerySelector(".pager")!.TextContent);
        var caseload = await consultant.GetPageAsync("/caseload");
        Assert.Equal(25, caseload.QuerySelectorAll("main tbody tr").Length);
    }

    [Fact]
    public async Task Seeding_twice_does_not_duplicate_anything()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kixworks-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };
        using (var first = KixWorksFactory.Custom(environment: "Development", settings: settings, dataFolder: folder)) _ = first.Services;
        using var second = KixWorksFactory.Custom(environment: "Development", settings: settings, dataFolder: folder);
        using var browser = new TestBrowser(second);
        await browser.SignInAsync("admin@kixworks.demo", DemoDataSeeder.DemoPassword);
        Assert.Equal(2, (await browser.GetPageAsync("/municipalities")).QuerySelectorAll("main tbody tr").Length);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/users")).StatusCode);
    }
}
