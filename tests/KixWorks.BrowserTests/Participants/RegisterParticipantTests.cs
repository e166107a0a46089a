using KixWorks.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KixWorks.BrowserTests.Participants;

public sealed class RegisterParticipantTests(KixWorksInChromium app) : IClassFixture<KixWorksInChromium>
{
    [BrowserFact]
    public async Task A_form_error_shows_the_summary_and_keeps_the_typed_values()
    {
        await using var browser = await app.NewSessionAsync();
        var page = browser.Page;
        await browser.SignInAsync("consulent@ede.demo");
        await browser.ExpectAccessibleAsync();
        await browser.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Deelnemers", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deelnemers", Level = 1 })).ToBeVisibleAsync();
        await browser.ExpectAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Deelnemer registreren", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deelnemer registreren", Level = 1 })).ToBeVisibleAsync();
        await browser.ExpectAccessibleAsync();

        await page.GetByLabel("Voornaam").FillAsync("Senait");
        await page.GetByLabel("Geboortedatum").FillAsync("31-02-2001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren", Exact = true }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "Controleer het formulier" })).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Vul de achternaam in." })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Voornaam")).ToHaveValueAsync("Senait");
        await Expect(page.GetByLabel("Geboortedatum")).ToHaveValueAsync("31-02-2001");
        // The messages beside the fields: inside the form, which the summary above it is not.
        var form = page.GetByRole(AriaRole.Main).Locator("form");
        await Expect(form.GetByText("Vul de achternaam in.")).ToBeVisibleAsync();
        await Expect(form.GetByText("'31-02-2001' is geen geldige waarde")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("form-with-errors.png");
        await browser.ExpectAccessibleAsync();
    }
}
