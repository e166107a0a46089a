using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Shell;

public sealed class LanguageTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Fact]
    public async Task A_user_switches_to_English_keeps_it_on_the_next_sign_in_and_dates_stay_Dutch()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        await factory.CreateParticipantAsync(municipality, "Nour", "Taalkamp");
        var consultant = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using (var browser = await TestBrowser.SignedInAsync(factory, consultant.Email!))
        {
            Assert.Equal("nl", (await browser.GetPageAsync("/participants")).DocumentElement.GetAttribute("lang"));

            var response = await browser.SubmitAsync("/participants", new() { ["Language"] = "en" }, "form.kix-language");

            Assert.Equal("/participants", response.Headers.Location!.ToString());
        }

        using var later = await TestBrowser.SignedInAsync(factory, consultant.Email!);
        var page = await later.GetPageAsync("/participants");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Participants", page.QuerySelector("nav")!.TextContent);
        Assert.Contains("12-04-1999", page.QuerySelector("main tbody")!.TextContent);
    }

    [Fact]
    public async Task A_consultant_who_chose_English_sees_the_participant_list_and_the_register_form_in_English()
    {
        var municipality = await factory.CreateMunicipalityAsync("Wageningen");
        await factory.CreateParticipantAsync(municipality, "Nour", "Engelsma");
        var consultant = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var browser = await TestBrowser.SignedInAsync(factory, consultant.Email!);
        await browser.SubmitAsync("/participants", new() { ["Language"] = "en" }, "form.kix-language");

        var list = await browser.GetPageAsync("/participants");
        Assert.Equal("Participants", list.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Participants", list.Title);
        var headers = list.QuerySelectorAll("main thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(headers, h => h.StartsWith("Name", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.StartsWith("Date of birth", StringComparison.Ordinal));
        Assert.Contains("Target group", headers);
        Assert.Equal("Search by name", list.QuerySelector("label[for=q]")!.TextContent);
        Assert.Equal("Search", list.QuerySelector("form[role=search] button")!.TextContent);
        Assert.Equal("Register a participant", list.QuerySelector("main a[href='/participants/register']")!.TextContent);
        Assert.Contains("12-04-1999", list.QuerySelector("main tbody")!.TextContent);
        Assert.Contains("Status holder", list.QuerySelector("main tbody")!.TextContent);

        var form = await browser.GetPageAsync("/participants/register");
        Assert.Equal("Register a participant", form.QuerySelector("h1")!.TextContent);
        Assert.Equal("First name (required)", form.QuerySelector("label[for=GivenName]")!.TextContent);
        Assert.Equal("Surname (required)", form.QuerySelector("label[for=FamilyName]")!.TextContent);
        Assert.Equal("As dd-mm-yyyy, for example 15-03-1998.", form.QuerySelector("#DateOfBirth-help")!.TextContent);
        Assert.Equal("Choose a target group", form.QuerySelector("select[name=TargetGroup] option")!.TextContent);
        Assert.Equal("Register", form.QuerySelector("main form button[type=submit]")!.TextContent);
        Assert.Equal("Cancel", form.QuerySelector("main form .kix-actions a")!.TextContent);
        Assert.DoesNotContain("Voornaam", form.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_sign_in_page_can_be_switched_before_signing_in()
    {
        using var browser = new TestBrowser(factory);
        var response = await browser.SubmitAsync("/account/login", new() { ["Language"] = "en" }, "form.kix-language");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await browser.GetPageAsync("/account/login");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Nederlands", page.QuerySelector("form.kix-language button")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_language_falls_back_to_Dutch()
    {
        using var browser = new TestBrowser(factory);
        await browser.SubmitAsync("/account/login", new() { ["Language"] = "xx" }, "form.kix-language");
        Assert.Equal("nl", (await browser.GetPageAsync("/account/login")).DocumentElement.GetAttribute("lang"));
    }
}
