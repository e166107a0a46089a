using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Security;

/// <summary>Production behind a TLS-terminating reverse proxy, the normal deployment, and Production reached over plain HTTP.</summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task In_production_a_plain_http_request_is_redirected_to_https_never_an_empty_500()
    {
        using var factory = KixWorksFactory.Custom(environment: "Production");
        using var browser = new TestBrowser(factory);

        foreach (var url in new[] { "/account/login", "/fout/404", "/" })
        {
            var response = await browser.GetAsync(url);

            Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect,
                $"GET {url} over http gave {(int)response.StatusCode}, expected a redirect to https.");
            Assert.Equal($"https://localhost{url}", response.Headers.Location!.ToString());
        }
        // A load balancer's plain-HTTP probe still gets its answer.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", null, null)]
    [InlineData("10.0.0.5", "10.0.0.5", null)]
    [InlineData("10.1.2.3", null, "10.1.0.0/16")]
    public async Task Behind_a_known_proxy_that_terminated_tls_the_sign_in_works_with_Secure_Host_cookies(string proxy, string? knownProxy, string? knownNetwork)
    {
        var settings = new Dictionary<string, string?>();
        if (knownProxy is not null) settings["Security:ForwardedHeaders:KnownProxies:0"] = knownProxy;
        if (knownNetwork is not null) settings["Security:ForwardedHeaders:KnownNetworks:0"] = knownNetwork;
        using var factory = new BehindProxyFactory(proxy, settings);
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = new TestBrowser(factory, https: true);

        var page = await browser.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("secure", SetCookie(page, "__Host-KixWorks.Antiforgery"));
        var signedIn = await browser.SignInAsync(user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("secure", SetCookie(signedIn, "__Host-KixWorks"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        using var factory = new BehindProxyFactory("203.0.113.9");
        using var browser = new TestBrowser(factory, https: true);

        var response = await browser.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_sign_in_limit_counts_per_client_not_per_proxy()
    {
        using var factory = new BehindProxyFactory("127.0.0.1", new Dictionary<string, string?> { ["Security:SignInAttemptsPerAddress"] = "1" });
        using var browser = new TestBrowser(factory, https: true);

        factory.ClientAddress = "198.51.100.20";
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("iemand@test.nl", "wat dan ook maar")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.SignInAsync("iemand@test.nl", "wat dan ook maar")).StatusCode);
        factory.ClientAddress = "198.51.100.21";
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("iemand@test.nl", "wat dan ook maar")).StatusCode);
    }

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal)).ToLowerInvariant();

    /// <summary>The app in Production behind a reverse proxy at <c>proxyAddress</c>: the browser speaks HTTPS to the proxy,
    /// the proxy speaks plain HTTP to the app and says so in X-Forwarded-Proto and X-Forwarded-For.</summary>
    private sealed class BehindProxyFactory(string proxyAddress, IDictionary<string, string?>? settings = null)
        : KixWorksFactory(DatabaseProvider.Sqlite, "Production", settings)
    {
        public string ClientAddress { get; set; } = "198.51.100.20";

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter>(new ProxyFilter(this, IPAddress.Parse(proxyAddress)));

        private sealed class ProxyFilter(BehindProxyFactory factory, IPAddress proxy) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = proxy;
                    context.Request.Scheme = "http";
                    context.Request.Headers["X-Forwarded-Proto"] = "https";
                    context.Request.Headers["X-Forwarded-For"] = factory.ClientAddress;
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
