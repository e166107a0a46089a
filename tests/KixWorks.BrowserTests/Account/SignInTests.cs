using System.Text.RegularExpressions;
using KixWorks.BrowserTests.Infrastructure;
using KixWorks.Web.Infrastructure.Database.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KixWorks.BrowserTests.Account;

public sealed class SignInTests(KixWorksInChromium app) : IClassFixture<KixWorksInChromium>
{
    [BrowserFact]
    public async Task Sign_in_page_is_Dutch_and_accessible()
    {
        await using var browser = await app.NewSessionAsync();

        await browser.GotoAsync("/account/login");

        await Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden bij KixWorks", Level = 1 })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("sign-in.png");
        await browser.ExpectAccessibleAsync();
    }

    [BrowserTheory]
    [InlineData("admin", "admin@kixworks.demo", "Programmabeheer", "Gemeenten Gebruikers")]
    [InlineData("manager", "manager@ede.demo", "Overzicht van uw gemeente", "Deelnemers Gebruikers")]
    [InlineData("consulent", "consulent@ede.demo", "Mijn werk als consulent", "Deelnemers")]
    [InlineData("trainer", "trainer@kixworks.demo", "Mijn groepen en deelnemers", "Deelnemers")]
    [InlineData("cotrainer", "cotrainer@ede.demo", "Mijn groepen en deelnemers", "Deelnemers")]
    public async Task Each_role_signs_in_and_sees_its_own_navigation(string role, string email, string heading, string menuLinks)
    {
        await using var browser = await app.NewSessionAsync();

        await browser.SignInAsync(email);

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        var expected = menuLinks.Split(' ');
        foreach (var link in new[] { "Deelnemers", "Gemeenten", "Gebruikers" })
        {
            var inMenu = browser.MainMenu.GetByRole(AriaRole.Link, new() { Name = link, Exact = true });
            if (expected.Contains(link)) await Expect(inMenu).ToBeVisibleAsync();
            else await Expect(inMenu).ToHaveCountAsync(0);
        }
        await browser.ScreenshotAsync($"start-{role}.png");
        await browser.ExpectAccessibleAsync();
    }

    [BrowserFact]
    public async Task Sign_in_works_with_the_keyboard_only()
    {
        await using var browser = await app.NewSessionAsync();
        var page = browser.Page;
        var keyboard = page.Keyboard;
        await browser.GotoAsync("/account/login");
        await browser.ExpectAccessibleAsync();

        // Focus starts at the page; the first Tab stop is the skip link, and following it puts the next Tab in the form.
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.body"), "Focus does not start at the page.");
        await keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" })).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("E-mailadres")).ToBeFocusedAsync();
        await keyboard.TypeAsync("consulent@ede.demo");
        await keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Wachtwoord")).ToBeFocusedAsync();
        await keyboard.TypeAsync(DemoDataSeeder.DemoPassword);
        await keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url("/"));
        await Expect(browser.MainMenu).ToBeVisibleAsync();
        await browser.ExpectAccessibleAsync();

        // The register form, filled in and sent with Tab, typing and Enter only.
        var familyName = "Toetsenbord" + Random.Shared.Next(1000, 9999);
        await browser.GotoAsync("/participants/register");
        await browser.ExpectAccessibleAsync();
        await keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" })).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await TabToAsync(page, page.GetByLabel("Voornaam"));
        await keyboard.TypeAsync("Hanna");
        await TabAndTypeAsync(page, "Tussenvoegsel", "de");
        await TabAndTypeAsync(page, "Achternaam", familyName);
        await TabAndTypeAsync(page, "Geboortedatum", "15-03-1998");
        await TabAndTypeAsync(page, "Telefoonnummer", "06 12345678");
        await TabAndTypeAsync(page, "E-mailadres", "hanna@voorbeeld.nl");
        await keyboard.PressAsync("Tab");
        var targetGroup = page.GetByLabel("Doelgroep");
        await Expect(targetGroup).ToBeFocusedAsync();
        await keyboard.PressAsync("ArrowDown");
        await Expect(targetGroup).ToHaveValueAsync("Statusholder");
        await TabAndTypeAsync(page, "Voorkeurstalen", "nl, ar");
        await keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/participants/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hanna de " + familyName, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deelnemer geregistreerd.");
        await browser.ExpectAccessibleAsync();
    }

    private static async Task TabAndTypeAsync(IPage page, string label, string text)
    {
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel(label)).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Presses Tab until <paramref name="target"/> has focus (at most 10 times).</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
        }
        Assert.Fail("Ten Tabs did not reach the field.");
    }
}
