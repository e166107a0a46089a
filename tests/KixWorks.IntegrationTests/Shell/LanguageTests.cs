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
        Assert.Equal("Search by name or client number", list.QuerySelector("label[for=q]")!.TextContent);
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
    public async Task A_consultant_who_chose_English_gets_English_validation_messages_next_to_the_fields_and_in_the_summary()
    {
        var municipality = await factory.CreateMunicipalityAsync("Renkum");
        var consultant = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var browser = await TestBrowser.SignedInAsync(factory, consultant.Email!);
        await browser.SubmitAsync("/participants", new() { ["Language"] = "en" }, "form.kix-language");

        var response = await browser.SubmitAsync("/participants/register", new()
        {
            ["GivenName"] = "Senait",
            ["FamilyName"] = new string('x', 101),
            ["DateOfBirth"] = "31-02-2001",
            ["TargetGroup"] = "Statusholder",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        const string tooLong = "The surname can be at most 100 characters long.";
        const string badDate = "'31-02-2001' is not a valid value for the date of birth. Check the format.";
        Assert.Equal(tooLong, page.QuerySelector("[data-valmsg-for=FamilyName]")!.TextContent.Trim());
        Assert.Equal(badDate, page.QuerySelector("[data-valmsg-for=DateOfBirth]")!.TextContent.Trim());
        Assert.Equal(tooLong, page.QuerySelector(".error-summary a[href='#FamilyName']")!.TextContent.Trim());
        Assert.Equal(badDate, page.QuerySelector(".error-summary a[href='#DateOfBirth']")!.TextContent.Trim());
        Assert.DoesNotContain("tekens", page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_Dutch_consultant_keeps_the_Dutch_binding_message_with_the_Dutch_field_name()
    {
        var municipality = await factory.CreateMunicipalityAsync("Renswoude");
        var consultant = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var browser = await TestBrowser.SignedInAsync(factory, consultant.Email!);

        var response = await browser.SubmitAsync("/participants/register", new()
        {
            ["GivenName"] = "Senait", ["FamilyName"] = "Tesfay", ["DateOfBirth"] = "gisteren", ["TargetGroup"] = "Statusholder",
        });

        Assert.Equal(
            "'gisteren' is geen geldige waarde voor de geboortedatum. Controleer het formaat.",
            (await TestBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=DateOfBirth]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_English_user_gets_Identity_messages_in_English()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = await TestBrowser.SignedInAsync(factory, user.Email!);
        await browser.SubmitAsync("/account/password", new() { ["Language"] = "en" }, "form.kix-language");

        var response = await browser.SubmitAsync("/account/password", new()
        {
            ["CurrentPassword"] = "not the right password", ["NewPassword"] = "fietsen langs de rijn", ["ConfirmPassword"] = "fietsen langs de rijn",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The current password is incorrect.",
            (await TestBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=CurrentPassword]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_English_sign_in_with_a_wrong_password_gets_the_English_message()
    {
        var user = await factory.CreateUserAsync(Roles.Consultant, await factory.CreateMunicipalityAsync("Rheden"));
        using var browser = new TestBrowser(factory);
        await browser.SubmitAsync("/account/login", new() { ["Language"] = "en" }, "form.kix-language");

        var response = await browser.SignInAsync(user.Email!, "not the right password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await TestBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Signing in did not work. Check your email address and password.", summary);
        Assert.DoesNotContain("Aanmelden is niet gelukt", summary);
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
    public async Task An_unknown_language_is_stored_as_Dutch()
    {
        using var browser = new TestBrowser(factory);
        await browser.SubmitAsync("/account/login", new() { ["Language"] = "en" }, "form.kix-language");

        var response = await browser.SubmitAsync("/account/login", new() { ["Language"] = "xx" }, "form.kix-language");

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("KixWorks.Language=nl;", StringComparison.Ordinal));
        Assert.Equal("nl", (await browser.GetPageAsync("/account/login")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task English_chosen_on_the_sign_in_page_stays_after_signing_in_for_a_user_without_a_preference()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var user = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var browser = new TestBrowser(factory);
        await browser.SubmitAsync("/account/login", new() { ["Language"] = "en" }, "form.kix-language");

        await browser.SignInAsync(user.Email!);

        Assert.Equal("en", (await browser.GetPageAsync("/participants")).DocumentElement.GetAttribute("lang"));
    }
}
