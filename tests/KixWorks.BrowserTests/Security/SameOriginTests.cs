using KixWorks.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KixWorks.BrowserTests.Security;

/// <summary>Every session fails on a request to another origin (BrowserSession); this test walks the main pages on purpose.</summary>
public sealed class SameOriginTests(KixWorksInChromium app) : IClassFixture<KixWorksInChromium>
{
    [BrowserFact]
    public async Task No_page_loads_anything_from_another_origin()
    {
        await using var browser = await app.NewSessionAsync();
        await browser.SignInAsync("consulent@ede.demo");
        await browser.ExpectAccessibleAsync();
        foreach (var path in new[] { "/participants", "/participants/register", "/account/password" })
        {
            await browser.GotoAsync(path);
            await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await browser.ExpectAccessibleAsync();
        }

        browser.ExpectOnlyOwnOrigin();
        var stylesheets = browser.Requests.Where(r => r.ResourceType == "stylesheet").ToList();
        Assert.NotEmpty(stylesheets);
    }
}
