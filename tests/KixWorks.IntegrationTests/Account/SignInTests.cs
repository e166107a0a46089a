using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Account;

public sealed class SignInTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Fact]
    public async Task Sign_in_page_is_served_in_Dutch()
    {
        using var browser = new TestBrowser(factory);
        var page = await browser.GetPageAsync("/account/login");
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aanmelden bij KixWorks", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task A_consultant_signs_in_and_lands_on_their_start_page()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var user = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var browser = new TestBrowser(factory);

        var page = await browser.FollowAsync(await browser.SignInAsync(user.Email!));

        Assert.Equal("Mijn werk als consulent", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Gemeente Ede", page.QuerySelector("header")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_Dutch_message_and_keeps_the_email()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = new TestBrowser(factory);

        var response = await browser.SignInAsync(user.Email!, "not the right password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Contains("Aanmelden is niet gelukt. Controleer uw e-mailadres en wachtwoord.", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(user.Email, page.QuerySelector("input[name=Email]")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("input[name=Password]")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = new TestBrowser(factory);
        for (var i = 0; i < 5; i++) await browser.SignInAsync(user.Email!, "wrong password " + i);

        var response = await browser.SignInAsync(user.Email!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aanmelden is niet gelukt.", (await TestBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_email_get_the_same_answer()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        var unknown = $"niemand-{Guid.NewGuid():N}@test.nl";
        using var browser = new TestBrowser(factory);
        HttpResponseMessage known = null!, stranger = null!;
        for (var i = 0; i < 6; i++)
        {
            known = await browser.SignInAsync(user.Email!, "wrong password " + i);
            stranger = await browser.SignInAsync(unknown, "wrong password " + i);
        }

        Assert.Equal(stranger.StatusCode, known.StatusCode);
        Assert.Equal(await ErrorTextAsync(stranger), await ErrorTextAsync(known));
        // The lockout itself stays: the right password does not get in, and the answer is still the same.
        var rightPassword = await browser.SignInAsync(user.Email!);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Equal(await ErrorTextAsync(stranger), await ErrorTextAsync(rightPassword));
    }

    [Fact]
    public async Task A_deactivated_account_gets_the_same_answer_as_an_unknown_email()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
            stored.IsActive = false;
            await users.UpdateAsync(stored);
        }
        using var browser = new TestBrowser(factory);

        var deactivated = await browser.SignInAsync(user.Email!);
        var stranger = await browser.SignInAsync($"niemand-{Guid.NewGuid():N}@test.nl");

        Assert.Equal(stranger.StatusCode, deactivated.StatusCode);
        Assert.Equal(await ErrorTextAsync(stranger), await ErrorTextAsync(deactivated));
    }

    private static async Task<string> ErrorTextAsync(HttpResponseMessage response) =>
        (await TestBrowser.ParseAsync(response)).QuerySelector(".error-summary")?.TextContent.Trim() ?? "(no error summary)";

    [Fact]
    public async Task Empty_fields_get_Dutch_messages_next_to_the_fields()
    {
        using var browser = new TestBrowser(factory);
        var response = await browser.SignInAsync("", "");
        var page = await TestBrowser.ParseAsync(response);
        Assert.Contains("Vul uw e-mailadres in.", page.QuerySelector("[data-valmsg-for=Email]")!.TextContent);
        Assert.Contains("Vul uw wachtwoord in.", page.QuerySelector("[data-valmsg-for=Password]")!.TextContent);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = new TestBrowser(factory);
        var response = await browser.SubmitAsync("/account/login", new()
        {
            ["Email"] = user.Email!, ["Password"] = TestData.Password, ["ReturnUrl"] = "https://evil.example/phish",
        });
        Assert.Equal("/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = await TestBrowser.SignedInAsync(factory, user.Email!);

        var response = await browser.SubmitAsync("/", [], "header form[action='/account/logout']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", (await browser.GetAsync("/")).Headers.Location!.PathAndQuery);
    }
}
