using KixWorks.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KixWorks.BrowserTests.Account;

public sealed class SwitchMunicipalityTests(KixWorksInChromium app) : IClassFixture<KixWorksInChromium>
{
    [BrowserFact]
    public async Task Trainer_switches_gemeente_in_the_header()
    {
        await using var browser = await app.NewSessionAsync();
        var page = browser.Page;
        await browser.SignInAsync("trainer@kixworks.demo");
        await browser.ExpectAccessibleAsync();
        var before = await ParticipantsAsync(browser);

        var gemeente = page.GetByRole(AriaRole.Combobox, new() { Name = "Gemeente", Exact = true });
        var current = await gemeente.EvaluateAsync<string>("select => select.selectedOptions[0].text");
        var other = current == "Ede" ? "Deventer" : "Ede";
        await gemeente.SelectOptionAsync(new SelectOptionValue { Label = other });
        await page.GetByRole(AriaRole.Button, new() { Name = "Wissel", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("U werkt nu in een andere gemeente.");
        await Expect(gemeente.GetByRole(AriaRole.Option, new() { Name = other, Exact = true })).ToHaveJSPropertyAsync("selected", true);
        await browser.ExpectAccessibleAsync();
        var after = await ParticipantsAsync(browser);
        Assert.NotEqual(before, after);
    }

    /// <summary>Opens "Deelnemers" from the menu and reads the first page of the list.</summary>
    private static async Task<IReadOnlyList<string>> ParticipantsAsync(BrowserSession browser)
    {
        await browser.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Deelnemers", Exact = true }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Deelnemers", Level = 1 })).ToBeVisibleAsync();
        await browser.ExpectAccessibleAsync();
        var rows = browser.Page.GetByRole(AriaRole.Table, new() { Name = "Deelnemers" }).GetByRole(AriaRole.Row);
        await Expect(rows.Nth(1)).ToBeVisibleAsync();
        return await rows.AllInnerTextsAsync();
    }
}
