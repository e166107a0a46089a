using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address()
    {
        using var factory = KixWorksFactory.Custom(settings: new Dictionary<string, string?> { ["Security:SignInAttemptsPerAddress"] = "3" });
        using var browser = new TestBrowser(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await browser.SignInAsync($"iemand{i}@test.nl", "wat dan ook maar")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_429_says_in_seconds_when_to_try_again()
    {
        using var factory = KixWorksFactory.Custom(settings: new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerAddress"] = "1", ["Security:SignInWindowMinutes"] = "2",
        });
        using var browser = new TestBrowser(factory);
        await browser.SignInAsync("iemand@test.nl", "wat dan ook maar");

        var response = await browser.SignInAsync("iemand@test.nl", "wat dan ook maar");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("Retry-After", out var values), "The 429 has no Retry-After header.");
        Assert.True(int.TryParse(values.Single(), out var seconds), $"Retry-After '{values.Single()}' is not a number of seconds.");
        Assert.InRange(seconds, 1, 120);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_account()
    {
        using var factory = KixWorksFactory.Custom(settings: new Dictionary<string, string?> { ["Security:SignInAttemptsPerAccount"] = "2" });
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = new TestBrowser(factory);
        await browser.SignInAsync(user.Email!, "fout wachtwoord 1");
        await browser.SignInAsync(user.Email!, "fout wachtwoord 2");

        var response = await browser.SignInAsync(user.Email!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Te veel aanmeldpogingen", (await TestBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        var other = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var otherBrowser = new TestBrowser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await otherBrowser.SignInAsync(other.Email!)).StatusCode);
    }
}
