using System.Collections.Concurrent;
using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KixWorks.IntegrationTests.Operations;

public sealed class OperationsTests(OperationsTests.CapturingFactory factory) : IClassFixture<OperationsTests.CapturingFactory>
{
    /// <summary>The app with a log capture that gets what passed Serilog's levels (writeToProviders), and a route that throws.</summary>
    public sealed class CapturingFactory : KixWorksFactory
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines() => _lines.ToList();

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton<ILoggerProvider>(new CaptureProvider(_lines));
            services.AddSingleton<IStartupFilter, ThrowingRoute>();
        }
    }

    [Fact]
    public async Task Health_reports_the_database_without_sign_in()
    {
        using var browser = new TestBrowser(factory);
        var response = await browser.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_crash_shows_a_generic_Dutch_page_without_details()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);
        var response = await browser.GetAsync("/test/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Er ging iets mis", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("geheime details", html);
    }

    [Fact]
    public async Task The_request_log_has_one_line_per_request_with_ids_but_no_names_or_query_strings()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var participant = await factory.CreateParticipantAsync(municipality, "Fatima", "Logvrij");
        var consultant = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var browser = await TestBrowser.SignedInAsync(factory, consultant.Email!);
        var before = factory.Lines().Count;

        await browser.GetPageAsync("/participants?q=Logvrij");
        await browser.GetPageAsync($"/participants/{participant}");

        var written = factory.Lines().Skip(before).ToList();
        var lines = written.Where(l => l.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains("GET /participants 200", StringComparison.Ordinal) && l.Contains(consultant.Id.ToString(), StringComparison.Ordinal) && l.Contains(municipality.ToString(), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GET /participants/{id:guid} 200", StringComparison.Ordinal));
        Assert.All(written, l =>
        {
            Assert.DoesNotContain("Logvrij", l, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Fatima", l, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(consultant.Email!, l, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("q=", l, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task No_log_line_holds_a_BSN_while_registering_editing_and_refusing_one()
    {
        const string bsn = "111222333";
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var consultant = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var browser = await TestBrowser.SignedInAsync(factory, consultant.Email!);
        var before = factory.Lines().Count;
        Dictionary<string, string> Form(string family) => new()
        {
            ["GivenName"] = "Nour", ["FamilyName"] = family, ["DateOfBirth"] = "01-01-2000", ["TargetGroup"] = "Other", ["Bsn"] = bsn,
        };

        var registered = await browser.SubmitAsync("/participants/register", Form("Eerste"));
        var id = registered.Headers.Location!.ToString().Split('/')[^1];
        await browser.GetPageAsync($"/participants/{id}");
        await browser.GetPageAsync($"/participants/{id}/edit");
        await browser.SubmitAsync($"/participants/{id}/edit", new() { ["Bsn"] = "1112.22.333" });
        var refused = await browser.SubmitAsync("/participants/register", Form("Tweede"));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Contains("Dit BSN hoort al bij", await refused.Content.ReadAsStringAsync());
        var written = factory.Lines().Skip(before).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, l =>
        {
            Assert.DoesNotContain(bsn, l, StringComparison.Ordinal);
            Assert.DoesNotContain("1112.22.333", l, StringComparison.Ordinal);
        });
    }

    private sealed class ThrowingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/boom", b => b.Run(_ => throw new InvalidOperationException("geheime details")));
        };
    }

    private sealed class CaptureProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CaptureLogger(lines);

        public void Dispose() { }
    }

    private sealed class CaptureLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}
