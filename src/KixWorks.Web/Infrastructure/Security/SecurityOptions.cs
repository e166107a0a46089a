namespace KixWorks.Web.Infrastructure.Security;

/// <summary>Configuration section "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public int SignInAttemptsPerAddress { get; set; } = 30;
    public int SignInAttemptsPerAccount { get; set; } = 10;
    public int SignInWindowMinutes { get; set; } = 5;

    /// <summary>Where data-protection keys live (relative to the content root). Shared by all web nodes.</summary>
    public string KeysPath { get; set; } = "data/keys";

    /// <summary>The port a plain-HTTP request is redirected to in Production. Unset: the standard <c>HTTPS_PORT</c>
    /// setting, else 443 (the port browsers use; behind a proxy the app itself has no HTTPS port to discover).</summary>
    public int? HttpsPort { get; set; }

    /// <summary>Section "Security:ForwardedHeaders": which reverse proxies may say who the client is and that it used HTTPS.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    public sealed class ForwardedHeadersSettings
    {
        /// <summary>Proxy addresses, e.g. "10.0.0.5". With none here and none in <see cref="KnownNetworks"/>: loopback only.
        /// Setting either replaces the loopback default.</summary>
        public List<string> KnownProxies { get; set; } = [];

        /// <summary>Proxy networks in CIDR notation, e.g. "10.0.0.0/24".</summary>
        public List<string> KnownNetworks { get; set; } = [];

        /// <summary>How many proxy hops of X-Forwarded-For/-Proto are applied (1: one proxy in front of the app).</summary>
        public int ForwardLimit { get; set; } = 1;
    }
}
