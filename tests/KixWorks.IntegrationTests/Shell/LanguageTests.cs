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
