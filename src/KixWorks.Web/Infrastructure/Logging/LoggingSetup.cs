using Serilog;
using Serilog.Extensions.Logging;

namespace KixWorks.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>Serilog behind Microsoft.Extensions.Logging, sinks from configuration ("Serilog" section).
    /// Levels per category are filtered once, by "Logging:LogLevel", before any provider: the framework's own
    /// request lines (with query strings) stay below the bar. Serilog.AspNetCore is not used (ADR 0003).</summary>
    public static WebApplicationBuilder AddKixWorksLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        // Not AddSerilog(): it adds a pass-everything filter for its own provider,
        // which would bypass the Logging:LogLevel rules above.
        // Registered by factory so the container disposes it and the sinks flush on shutdown.
        builder.Services.AddSingleton<ILoggerProvider>(_ => new SerilogLoggerProvider(logger, dispose: true));
        return builder;
    }
}
