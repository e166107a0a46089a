using System.Diagnostics;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.Web.Infrastructure.Logging;

/// <summary>One line per request: method, route template, status, ms, user id, gemeente id.
/// Never the query string, never form values, never a name: the route template, not the path.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var route = context.GetEndpoint() is RouteEndpoint endpoint
                ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/')
                : "(no route)";
            logger.LogInformation(
                "HTTP {Method} {Route} {StatusCode} in {ElapsedMs:0.0} ms user {UserId} gemeente {MunicipalityId}",
                context.Request.Method,
                route,
                status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                context.User.UserId(),
                context.User.ActiveMunicipalityId());
        }
    }
}
