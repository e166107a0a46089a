using Serilog;

namespace KixWorks.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>Serilog behind Microsoft.Extensions.Logging, sinks from configuration ("Serilog" section).
    /// Serilog.AspNetCore is not used (ADR 0003); our own middleware writes the request line.</summary>
    public static WebApplicationBuilder AddKixWorksLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
