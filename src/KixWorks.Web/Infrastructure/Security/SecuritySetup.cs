using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace KixWorks.Web.Infrastructure.Security;

public static class SecuritySetup
{
    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddKixWorksSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(options);
        services.AddSingleton<SignInThrottle>();

        var keysPath = Path.IsPathRooted(options.KeysPath) ? options.KeysPath : Path.Combine(environment.ContentRootPath, options.KeysPath);
        // Persisted keys: a restart (or another web node sharing the folder) does not sign everyone out.
        services.AddDataProtection().SetApplicationName("KixWorks").PersistKeysToFileSystem(new DirectoryInfo(keysPath));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = environment.IsProduction() ? "__Host-KixWorks.Antiforgery" : "KixWorks.Antiforgery";
            o.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Retry-After in whole seconds: the lease's own estimate, else the window length. The status-code page
            // that re-executes for the 429 keeps the header.
            limiter.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? retryAfter
                    : TimeSpan.FromMinutes(options.SignInWindowMinutes);
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds(wait);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.SignInAttemptsPerAddress,
                    Window = TimeSpan.FromMinutes(options.SignInWindowMinutes),
                    QueueLimit = 0,
                }));
        });

        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Behind a proxy the app cannot discover an HTTPS port of its own; without one the redirect is silently skipped
        // and a plain-HTTP request reaches pages whose Secure-only antiforgery cookie then throws (an empty 500).
        var httpsPort = options.HttpsPort ?? configuration.GetValue<int?>("HTTPS_PORT") ?? 443;
        services.AddHttpsRedirection(o => o.HttpsPort = httpsPort);
        services.AddKixWorksForwardedHeaders(options.ForwardedHeaders);
        return services;
    }

    /// <summary>X-Forwarded-For (the client's address, for the per-address limit and logs) and X-Forwarded-Proto (HTTPS
    /// terminated at the proxy) are believed only from known proxies; X-Forwarded-Host never (the Host stays what the
    /// proxy sent). Addresses are parsed here, so a typo stops the start-up instead of silently trusting nobody.</summary>
    private static void AddKixWorksForwardedHeaders(this IServiceCollection services, SecurityOptions.ForwardedHeadersSettings settings)
    {
        var section = $"{SecurityOptions.Section}:{nameof(SecurityOptions.ForwardedHeaders)}";
        var proxies = settings.KnownProxies.Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address
            : throw new InvalidOperationException($"{section}:{nameof(settings.KnownProxies)}: '{p}' is not an IP address.")).ToList();
        var networks = settings.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network
            : throw new InvalidOperationException($"{section}:{nameof(settings.KnownNetworks)}: '{n}' is not a CIDR network such as 10.0.0.0/24.")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = settings.ForwardLimit;
            if (proxies.Count == 0 && networks.Count == 0) return; // the framework default: loopback (127.0.0.0/8, ::1)
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
    }

    /// <summary>A Retry-After value: whole seconds, rounded up, at least 1.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Headers every response carries. The Server header is switched off on Kestrel itself.</summary>
    public static IApplicationBuilder UseKixWorksSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // Pages show personal data (a file, a BSN): not kept in the browser cache or shown again by the back button
        // after signing out. Static assets (CSS, scripts, images) stay cacheable.
        context.Response.OnStarting(() =>
        {
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                context.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
