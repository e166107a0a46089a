using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Account;

public sealed class ChangePasswordTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Fact]
    public async Task A_password_shorter_than_twelve_characters_is_refused_in_Dutch()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = await TestBrowser.SignedInAsync(factory, user.Email!);

        var response = await browser.SubmitAsync("/account/password", new()
        {
            ["CurrentPassword"] = TestData.Password, ["NewPassword"] = "kort", ["ConfirmPassword"] = "kort",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("minstens 12 tekens", (await TestBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=NewPassword]")!.TextContent);
    }

    [Fact]
    public async Task A_long_password_without_digits_or_symbols_is_accepted_and_works()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = await TestBrowser.SignedInAsync(factory, user.Email!);
        const string passphrase = "fietsen langs de ijssel";

        var response = await browser.SubmitAsync("/account/password", new()
        {
            ["CurrentPassword"] = TestData.Password, ["NewPassword"] = passphrase, ["ConfirmPassword"] = passphrase,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var fresh = new TestBrowser(factory);
        Assert.Equal(HttpStatusCode.OK, (await fresh.SignInAsync(user.Email!)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(user.Email!, passphrase)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_reported_at_that_field()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = await TestBrowser.SignedInAsync(factory, user.Email!);

        var response = await browser.SubmitAsync("/account/password", new()
        {
            ["CurrentPassword"] = "dit is het niet hoor", ["NewPassword"] = "een nieuw lang wachtwoord", ["ConfirmPassword"] = "een nieuw lang wachtwoord",
        });

        Assert.Contains("Het huidige wachtwoord klopt niet.", (await TestBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=CurrentPassword]")!.TextContent);
    }
}
