using KixWorks.Web.Infrastructure.Authorization;
using Serilog;
using Serilog.Events;

namespace KixWorks.Web.Infrastructure.Logging;

/// <summary>Serilog.AspNetCore (ADR 0011): the logger and its levels come from the "Serilog" configuration section,
/// one request line per request from <c>UseSerilogRequestLogging</c>. Logs carry ids, never personal data (STYLE.md rule 13).</summary>
public static class LoggingSetup
{
    /// <summary>Method, route template (never the path, never the query string), status, time, user id and gemeente id.</summary>
    internal const string RequestLine = "HTTP {Method:l} {Route:l} {StatusCode} in {Elapsed:0.0} ms user {UserId} gemeente {MunicipalityId}";

    /// <summary>Serilog as the only logger factory. Levels per category are in "Serilog:MinimumLevel:Override":
    /// AddSerilog replaces Microsoft.Extensions.Logging's filters, so "Logging:LogLevel" is not read, and without the
    /// overrides the framework's "Request starting … ?q=&lt;name&gt;" lines would reach the sinks.</summary>
    public static WebApplicationBuilder AddKixWorksLogging(this WebApplicationBuilder builder)
    {
        // No framework providers (console, debug, event source) beside Serilog's sinks. A provider registered later
        // (an integration test's log capture) still gets every event that passed Serilog's levels: writeToProviders.
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext(),
            // Each host its own logger: the static Log.Logger stays untouched, so test hosts in one process do not
            // write into each other's logger (and the request logging below is given this host's logger explicitly).
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>First in the pipeline, so the line times everything and an escaping exception is logged as 500.</summary>
    public static IApplicationBuilder UseKixWorksRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestLine;
            options.IncludeQueryInRequestPath = false;
            // The event's own properties: the route template replaces the default RequestPath, so the path
            // (which may hold a search term on some routes) is not even a property for a structured sink.
            options.GetMessageTemplateProperties = (context, _, elapsedMs, statusCode) =>
            [
                new LogEventProperty("Method", new ScalarValue(context.Request.Method)),
                new LogEventProperty("Route", new ScalarValue(Route(context))),
                new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsedMs)),
            ];
            // Ids only, from the cookie's claims.
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("UserId", context.User.UserId());
                diagnostics.Set("MunicipalityId", context.User.ActiveMunicipalityId());
            };
        });

    private static string Route(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint
            ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/')
            : "(no route)";
}
