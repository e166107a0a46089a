using KixWorks.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.BrowserTests.Infrastructure;

/// <summary>The real app on Kestrel, on a free loopback port, with its own SQLite file and the demo data
/// (environment Development, Database:SeedDemoData=true), so a real browser can use it.</summary>
public sealed class KestrelKixWorksFactory : KixWorksFactory
{
    public KestrelKixWorksFactory()
        : base(DatabaseProvider.Sqlite, environment: "Development", settings: new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" })
    {
        UseKestrel(0);
    }

    /// <summary>Starts Kestrel (migrations and demo data included) and returns the address it listens on.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.Select(a => new Uri(a)).FirstOrDefault(a => a.IsLoopback && a.Scheme == Uri.UriSchemeHttp)
            ?? throw new InvalidOperationException("Kestrel listens on no loopback http address: " + string.Join(", ", addresses));
        return address;
    }
}
