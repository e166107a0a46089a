using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KixWorks.IntegrationTests.Security;

/// <summary>The settings that matter in Production, tested in Production, not only in Development.</summary>
public sealed class SecureDefaultsTests
{
    [Fact]
    public async Task In_production_the_auth_cookie_is_Host_prefixed_Secure_HttpOnly_and_expires_after_30_idle_minutes()
    {
        using var factory = KixWorksFactory.Custom(environment: "Production");
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = new TestBrowser(factory, https: true);

        var response = await browser.SignInAsync(user.Email!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-KixWorks=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(30), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task In_production_no_demo_data_is_seeded_even_when_asked()
    {
        using var factory = KixWorksFactory.Custom(environment: "Production", settings: new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" });
        var users = factory.Services.GetRequiredService<UserManager<AppUser>>();
        Assert.Null(await users.FindByEmailAsync("admin@kixworks.demo"));
    }

    [Fact]
    public async Task A_session_idle_for_more_than_30_minutes_must_sign_in_again()
    {
        using var factory = new KixWorksFactory();
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = await TestBrowser.SignedInAsync(factory, user.Email!);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        factory.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var factory = new KixWorksFactory();
        using var browser = new TestBrowser(factory);
        var response = await browser.GetAsync("/account/login");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Pages_with_personal_data_are_not_kept_in_the_browser_cache_but_stylesheets_are()
    {
        using var factory = new KixWorksFactory();
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var participant = await factory.CreateParticipantAsync(municipality, "Cato", "Cache");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Web.Infrastructure.Authorization.Roles.Consultant, municipality)).Email!);

        var file = await browser.GetAsync($"/participants/{participant}");
        var stylesheet = await browser.GetAsync("/css/site.css");

        Assert.True(file.Headers.CacheControl!.NoStore);
        Assert.False(stylesheet.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task Kestrel_sends_no_Server_header()
    {
        using var factory = new KixWorksFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_restart_does_not_sign_anyone_out()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kixworks-tests", Guid.NewGuid().ToString("N"));
        string email;
        HttpResponseMessage afterRestart;
        using (var first = KixWorksFactory.Custom(dataFolder: folder))
        {
            email = (await first.CreateUserAsync(Roles.ProgrammeAdmin)).Email!;
            using var browser = await TestBrowser.SignedInAsync(first, email);
            var cookie = string.Join("; ", (await browser.SignInAsync(email)).Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

            using var second = KixWorksFactory.Custom(dataFolder: folder);
            using var client = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("Cookie", cookie);
            afterRestart = await client.SendAsync(request);
        }
        Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_is_signed_out_within_a_minute_and_cannot_sign_in()
    {
        using var factory = new KixWorksFactory();
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var manager = await factory.CreateUserAsync(Roles.MunicipalManager, municipality);
        var consultant = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var consultantBrowser = await TestBrowser.SignedInAsync(factory, consultant.Email!);
        using var managerBrowser = await TestBrowser.SignedInAsync(factory, manager.Email!);

        var confirm = await managerBrowser.GetPageAsync($"/users/{consultant.Id}/deactivate");
        Assert.Contains("op non-actief zetten?", confirm.QuerySelector("h1")!.TextContent);
        var deactivated = await managerBrowser.SubmitAsync($"/users/{consultant.Id}/deactivate", []);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);

        factory.Time.Advance(TimeSpan.FromSeconds(61));

        var response = await consultantBrowser.GetAsync("/participants");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
        using var again = new TestBrowser(factory);
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(consultant.Email!)).StatusCode);
    }
}
