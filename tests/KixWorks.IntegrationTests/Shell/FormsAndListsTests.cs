using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Shell;

/// <summary>The shared UI pieces every screen relies on: accessible fields, sortable lists with state in the URL.</summary>
public sealed class FormsAndListsTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Fact]
    public async Task A_field_with_an_error_is_marked_invalid_and_points_to_its_message_and_help()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);

        var page = await TestBrowser.ParseAsync(await browser.SubmitAsync("/participants/register", new() { ["GivenName"] = "Anna", ["DateOfBirth"] = "" }));

        var date = page.QuerySelector("input#DateOfBirth")!;
        Assert.Equal("true", date.GetAttribute("aria-invalid"));
        Assert.Equal("DateOfBirth-help DateOfBirth-error", date.GetAttribute("aria-describedby"));
        Assert.Equal("Vul de geboortedatum in als dd-mm-jjjj.", page.QuerySelector("#DateOfBirth-error")!.TextContent);
        var given = page.QuerySelector("input#GivenName")!;
        Assert.Null(given.GetAttribute("aria-invalid"));
        Assert.Contains("(verplicht)", page.QuerySelector("label[for=GivenName]")!.TextContent);
        Assert.Null(page.QuerySelector("input[required], [data-val]"));
    }

    [Fact]
    public async Task A_list_sorts_by_a_column_both_ways_and_keeps_search_and_sort_in_the_links()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        await factory.CreateParticipantAsync(municipality, "Ans", "Sortaap");
        await factory.CreateParticipantAsync(municipality, "Bob", "Sortbeer");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);

        var ascending = await browser.GetPageAsync("/participants?q=sort&sort=name");
        var descending = await browser.GetPageAsync(ascending.QuerySelector("th[aria-sort=ascending] a")!.GetAttribute("href")!);

        Assert.Equal(["Sortaap, Ans", "Sortbeer, Bob"], Names(ascending));
        Assert.Equal(["Sortbeer, Bob", "Sortaap, Ans"], Names(descending));
        Assert.NotNull(descending.QuerySelector("th[aria-sort=descending]"));
        Assert.Equal("sort", descending.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Equal("desc", descending.QuerySelector("form[role=search] input[name=dir]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_sort_key_falls_back_to_the_default_order()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);
        await factory.CreateParticipantAsync(municipality, "Cas", "Zijlstra");

        var page = await browser.GetPageAsync("/participants?sort=DROP%20TABLE&dir=sideways");

        Assert.NotNull(page.QuerySelector("th[aria-sort=ascending]"));
    }

    [Fact]
    public async Task Keep_alive_renews_the_session_without_a_page()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);
        factory.Time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.NoContent, (await browser.GetAsync("/account/keep-alive")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/participants")).StatusCode);
    }

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
}
