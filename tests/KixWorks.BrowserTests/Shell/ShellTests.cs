using KixWorks.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KixWorks.BrowserTests.Shell;

public sealed class ShellTests(KixWorksInChromium app) : IClassFixture<KixWorksInChromium>
{
    [BrowserFact]
    public async Task The_language_switch_turns_the_UI_English_and_back_with_dates_still_Dutch()
    {
        await using var browser = await app.NewSessionAsync();
        var page = browser.Page;
        await browser.SignInAsync("consulent@deventer.demo");
        await browser.ExpectAccessibleAsync();
        await browser.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Deelnemers", Exact = true }).ClickAsync();
        // Wait for the new page itself before checking it, not only for a load state during the navigation.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deelnemers", Level = 1 })).ToBeVisibleAsync();
        await browser.ExpectAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Participants", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Participants", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{2}-\d{2}-\d{4}"));
        await browser.ExpectAccessibleAsync();
        await browser.ScreenshotAsync("participants-english.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands", Exact = true }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deelnemers", Level = 1 })).ToBeVisibleAsync();
        await browser.ExpectAccessibleAsync();
    }

    [BrowserFact]
    public async Task Five_minutes_before_the_idle_time_out_a_dialog_offers_to_stay_signed_in()
    {
        await using var browser = await app.NewSessionAsync();
        var page = browser.Page;
        await page.Clock.InstallAsync();
        await browser.SignInAsync("consulent@ede.demo");
        await browser.ExpectAccessibleAsync();

        await page.Clock.FastForwardAsync("25:01");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "U wordt bijna afgemeld" });
        await Expect(dialog).ToBeVisibleAsync();
        await browser.ScreenshotAsync("session-time-out-warning.png");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Aangemeld blijven" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }
}
