using System.Text.RegularExpressions;
using KixWorks.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KixWorks.BrowserTests.Intakes;

/// <summary>Issue 4's "done means": register a participant, run the intake over two sittings (the browser closed
/// in between), move the trajectory through its phases and see it all on the participant file. Every page is
/// checked with axe once its own h1 is visible.</summary>
public sealed class IntakeJourneyTests(KixWorksInChromium app) : IClassFixture<KixWorksInChromium>
{
    // Not in the demo data, so registering does not trigger the duplicate warning.
    private const string GivenName = "Yohannes";
    private const string FamilyName = "Gebremariam";
    private const string FullName = GivenName + " " + FamilyName;
    private const string Story = "Ik kom uit Eritrea en woon sinds 2022 in Ede. Ik heb als kok gewerkt.";
    private const string ChangeTalk = "Ik wil mijn eigen geld verdienen.";
    private const string ChildcareAction = "Aanmelden bij de kinderopvang via het wijkteam";

    [BrowserFact]
    public async Task A_consultant_registers_a_participant_runs_the_intake_over_two_sittings_and_moves_the_trajectory()
    {
        // First sitting: register, start the intake, save step 1 for later, close the browser.
        await using (var first = await app.NewSessionAsync())
        {
            await first.SignInAsync("consulent@ede.demo");
            await first.ExpectAccessibleAsync();
            await RegisterParticipantAsync(first);
            app.Time.Advance(TimeSpan.FromMinutes(5));

            await first.Page.GetByRole(AriaRole.Button, new() { Name = "Intake starten", Exact = true }).ClickAsync();
            await ExpectPageAsync(first, "Stap 1 van 7: Wie ben je?");
            await FillWhoYouAreAsync(first.Page);
            await first.ScreenshotAsync("intake-step.png");
            await first.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan, later verder", Exact = true }).ClickAsync();
            await ExpectPageAsync(first, FullName);
            await Expect(first.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Opgeslagen. Je kunt later verder met de intake.");
        }

        // Second sitting, two days later in a new browser context: find the participant again and go on where
        // the intake stopped.
        app.Time.Advance(TimeSpan.FromDays(2));
        await using var browser = await app.NewSessionAsync();
        var page = browser.Page;
        await browser.SignInAsync("consulent@ede.demo");
        await browser.ExpectAccessibleAsync();
        await OpenDossierFromListAsync(browser);

        await page.GetByRole(AriaRole.Link, new() { Name = "Verder met de intake (stap 2 van 7)", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, "Stap 2 van 7: Wat kun je?");
        await StepList(page).GetByRole(AriaRole.Link, new() { Name = "1. Wie ben je?", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, "Stap 1 van 7: Wie ben je?");
        await Expect(page.GetByLabel("Het verhaal van de deelnemer")).ToHaveValueAsync(Story);
        await Expect(page.GetByLabel("Inburgeringsroute")).ToHaveValueAsync("B1Route");
        await Expect(page.GetByLabel("Niveau Nederlands")).ToHaveValueAsync("A2");
        await StepList(page).GetByRole(AriaRole.Link, new() { Name = "2. Wat kun je?", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, "Stap 2 van 7: Wat kun je?");

        await page.GetByLabel("Talenten en sterke kanten").FillAsync("Koken voor grote groepen, plannen.");
        await page.GetByLabel("Werkervaring").FillAsync("Zes jaar kok in een restaurant in Asmara.");
        await page.GetByLabel("Opleiding", new() { Exact = true }).FillAsync("Middelbare school");
        await page.GetByLabel("Diploma's en certificaten").FillAsync("Geen, nog niet gewaardeerd.");
        await SaveAndNextAsync(browser, "Stap 3 van 7: Wat wil je?");

        await page.GetByLabel("Verandertaal: uitspraken van de deelnemer").FillAsync(ChangeTalk);
        await page.GetByLabel("Uitstroomwens").SelectOptionAsync(new SelectOptionValue { Label = "Betaald werk" });
        await SaveAndNextAsync(browser, "Stap 4 van 7: Wat staat je in de weg?");

        // A barrier's fields show only once it is ticked.
        var childcareAction = page.GetByLabel("Actie of doorverwijzing bij Kinderopvang");
        await Expect(childcareAction).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Kinderopvang", Exact = true }).CheckAsync();
        await Expect(childcareAction).ToBeVisibleAsync();
        await page.GetByLabel("Toelichting bij Kinderopvang").FillAsync("Twee kinderen, 2 en 4 jaar.");
        await childcareAction.FillAsync(ChildcareAction);
        await browser.ScreenshotAsync("intake-barriers.png");
        await browser.ExpectAccessibleAsync();
        await SaveAndNextAsync(browser, "Stap 5 van 7: Diversiteit en werk");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Gezinssituatie en zorgtaken", Exact = true }).CheckAsync();
        await page.GetByLabel("Wensen en grenzen voor werk").FillAsync("Werken tussen 9 en 15 uur, als de kinderen opvang hebben.");
        await SaveAndNextAsync(browser, "Stap 6 van 7: Gezondheid en werk");

        await page.GetByLabel("Beperkingen voor werk").FillAsync("Kan niet zwaar tillen.");
        await page.GetByLabel("Wat helpt bij werk").FillAsync("Hulp bij tillen van pannen.");
        await SaveAndNextAsync(browser, "Stap 7 van 7: Participatie en contact");

        await page.GetByRole(AriaRole.Radio, new() { Name = "3. Deelname aan georganiseerde activiteiten", Exact = true }).CheckAsync();
        await page.GetByLabel("Liefst contact via").SelectOptionAsync(new SelectOptionValue { Label = "WhatsApp" });
        await page.GetByLabel("Afgesproken contact").SelectOptionAsync(new SelectOptionValue { Label = "elke twee weken" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en controleren", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, "Intake controleren");

        var main = page.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync(Story);
        await Expect(main).ToContainTextAsync("B1-route");
        await Expect(main).ToContainTextAsync("Zes jaar kok in een restaurant in Asmara.");
        await Expect(main).ToContainTextAsync(ChangeTalk);
        await Expect(main).ToContainTextAsync(ChildcareAction);
        await Expect(main).ToContainTextAsync("Gezinssituatie en zorgtaken");
        await Expect(main).ToContainTextAsync("Kan niet zwaar tillen.");
        await Expect(main).ToContainTextAsync("3. Deelname aan georganiseerde activiteiten");
        await Expect(main).ToContainTextAsync("elke twee weken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Intake afronden", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, FullName);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Intake afgerond.");

        var intake = page.GetByRole(AriaRole.Region, new() { Name = "Intake", Exact = true });
        await Expect(intake.GetByRole(AriaRole.Heading, new() { Name = "Samenvatting van de laatste intake", Level = 3 })).ToBeVisibleAsync();
        await Expect(intake).ToContainTextAsync(ChangeTalk);
        await Expect(intake).ToContainTextAsync("Betaald werk");
        await Expect(intake).ToContainTextAsync("3. Deelname aan georganiseerde activiteiten");
        await Expect(intake).ToContainTextAsync("WhatsApp");
        await Expect(intake).ToContainTextAsync("Kinderopvang: " + ChildcareAction);
        await Expect(intake.GetByRole(AriaRole.Link, new() { Name = "Verder met de intake" })).ToHaveCountAsync(0);

        // The trajectory, from Intake through Activeren & oriënteren to Toeleiden naar werk.
        await MovePhaseAsync(browser, from: "Intake", to: "Activeren & oriënteren", reason: "Intake afgerond");
        await MovePhaseAsync(browser, from: "Activeren & oriënteren", to: "Toeleiden naar werk", reason: null);

        var trajectory = page.GetByRole(AriaRole.Region, new() { Name = "Traject", Exact = true });
        await Expect(trajectory.GetByRole(AriaRole.Heading, new() { Name = "Traject 1 – Toeleiden naar werk", Level = 3 })).ToBeVisibleAsync();
        await Expect(trajectory.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
        // The phase history, newest first.
        await Expect(trajectory.GetByRole(AriaRole.Listitem).Nth(0)).ToContainTextAsync("Activeren & oriënteren → Toeleiden naar werk");
        await Expect(trajectory.GetByRole(AriaRole.Listitem).Nth(1)).ToContainTextAsync("Intake → Activeren & oriënteren (Intake afgerond)");
        await Expect(trajectory.GetByRole(AriaRole.Listitem).Nth(2)).ToContainTextAsync("Gestart in Intake");

        // Newest first. Registering and starting the trajectory happened at the same instant, so their order is free.
        var timeline = page.GetByRole(AriaRole.Region, new() { Name = "Tijdlijn", Exact = true }).GetByRole(AriaRole.Listitem);
        await Expect(timeline).ToHaveCountAsync(6);
        await Expect(timeline.Nth(0)).ToHaveTextAsync("29-11-2026 Traject: Activeren & oriënteren → Toeleiden naar werk");
        await Expect(timeline.Nth(1)).ToHaveTextAsync("29-11-2026 Traject: Intake → Activeren & oriënteren (Intake afgerond)");
        await Expect(timeline.Nth(2)).ToHaveTextAsync("29-11-2026 Afgerond: Intake");
        await Expect(timeline.Nth(3)).ToHaveTextAsync("27-11-2026 Gestart: Intake");
        await Expect(timeline.Filter(new() { HasText = "Geregistreerd" })).ToHaveTextAsync("27-11-2026 Geregistreerd");
        await Expect(timeline.Filter(new() { HasTextRegex = new Regex(@"Traject: Intake\s*$") })).ToHaveTextAsync("27-11-2026 Traject: Intake");
        await browser.ScreenshotAsync("participant-file-after-intake.png");
    }

    /// <summary>Deelnemers → Deelnemer registreren, every field filled (address too), ending on the new dossier.</summary>
    private static async Task RegisterParticipantAsync(BrowserSession browser)
    {
        var page = browser.Page;
        await browser.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Deelnemers", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, "Deelnemers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Deelnemer registreren", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, "Deelnemer registreren");

        await page.GetByLabel("Voornaam").FillAsync(GivenName);
        await page.GetByLabel("Achternaam").FillAsync(FamilyName);
        await page.GetByLabel("Geboortedatum").FillAsync("14-06-1991");
        await page.GetByLabel("Telefoonnummer").FillAsync("06-12345678");
        await page.GetByLabel("E-mailadres").FillAsync("yohannes@example.org");
        await page.GetByLabel("Doelgroep").SelectOptionAsync(new SelectOptionValue { Label = "Statushouder" });
        await page.GetByLabel("Voorkeurstalen").FillAsync("ti, nl");
        await page.GetByLabel("Straat").FillAsync("Stationsweg");
        await page.GetByLabel("Huisnummer").FillAsync("12");
        await page.GetByLabel("Toevoeging").FillAsync("A");
        await page.GetByLabel("Postcode").FillAsync("6711 PM");
        await page.GetByLabel("Woonplaats").FillAsync("Ede");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren", Exact = true }).ClickAsync();

        await ExpectPageAsync(browser, FullName);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deelnemer geregistreerd.");
        var details = page.GetByRole(AriaRole.Region, new() { Name = "Persoonsgegevens", Exact = true });
        await Expect(details).ToContainTextAsync("Stationsweg 12 A");
        await Expect(details).ToContainTextAsync("6711 PM");
        await Expect(details).ToContainTextAsync("Ede");
    }

    /// <summary>Coming back later: Deelnemers, search by name, open the dossier.</summary>
    private static async Task OpenDossierFromListAsync(BrowserSession browser)
    {
        var page = browser.Page;
        await browser.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Deelnemers", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, "Deelnemers");
        await page.GetByLabel("Zoek op naam of klantnummer").FillAsync(FamilyName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        // The results page has the same h1: wait for the search in the address instead.
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q=" + FamilyName));
        await ExpectPageAsync(browser, "Deelnemers");
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = FamilyName });
        await Expect(rows).ToHaveCountAsync(1);
        await rows.ClickAsync();
        await ExpectPageAsync(browser, FullName);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Intake", Exact = true }))
            .ToContainTextAsync("Intake is gestart op");
    }

    private static async Task SaveAndNextAsync(BrowserSession browser, string nextHeading)
    {
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verder", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, nextHeading);
    }

    private async Task MovePhaseAsync(BrowserSession browser, string from, string to, string? reason)
    {
        var page = browser.Page;
        app.Time.Advance(TimeSpan.FromMinutes(10));
        await page.GetByRole(AriaRole.Link, new() { Name = "Fase wijzigen", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, "Fase wijzigen");
        await Expect(page.Locator("#huidige-fase")).ToHaveTextAsync(from);
        await page.GetByLabel("Nieuwe fase").SelectOptionAsync(new SelectOptionValue { Label = to });
        if (reason is not null) await page.GetByLabel("Reden").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fase wijzigen", Exact = true }).ClickAsync();
        await ExpectPageAsync(browser, FullName);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Fase gewijzigd.");
    }

    private static async Task FillWhoYouAreAsync(IPage page)
    {
        await page.GetByLabel("Het verhaal van de deelnemer").FillAsync(Story);
        await page.GetByLabel("Achtergrond en huidige situatie").FillAsync("Getrouwd, twee jonge kinderen, huurwoning.");
        await page.GetByLabel("Inburgeringsroute").SelectOptionAsync(new SelectOptionValue { Label = "B1-route" });
        await page.GetByLabel("Niveau Nederlands").SelectOptionAsync(new SelectOptionValue { Label = "A2" });
    }

    private static ILocator StepList(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Stappen van de intake", Exact = true });

    /// <summary>Waits for the new page's own h1 (not just a load state, which a navigation can race), then runs axe.</summary>
    private static async Task ExpectPageAsync(BrowserSession browser, string heading)
    {
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1, Exact = true })).ToBeVisibleAsync();
        await browser.ExpectAccessibleAsync();
    }
}
