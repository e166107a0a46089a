using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace KixWorks.BrowserTests.Infrastructure;

/// <summary>One test class's app (Kestrel, own SQLite file, demo data) and its Chromium. Each test gets a
/// fresh browser context (no shared cookies) through <see cref="NewSessionAsync"/>.</summary>
public sealed class KixWorksInChromium : IAsyncLifetime, IAsyncDisposable
{
    private KestrelKixWorksFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's clock (fixed until a test advances it). Advance it by minutes within a browser session:
    /// the sign-in cookie expires after 30 idle minutes of this clock.</summary>
    public FakeTimeProvider Time => _factory?.Time ?? throw new InvalidOperationException("The app was not started.");

    public async Task InitializeAsync()
    {
        // Without Chromium the tests skip (outside CI); nothing to start for them.
        if (Chromium.ExecutablePath is null)
        {
            if (Chromium.MustRun) throw new InvalidOperationException("CI=true but Chromium is not installed (apt-get install chromium).");
            return;
        }
        _factory = new KestrelKixWorksFactory();
        BaseAddress = _factory.Start();
        // Two cores, shared with the other test projects when the whole solution runs: 5 s is too tight.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Args,
        });
    }

    public async Task<BrowserSession> NewSessionAsync()
    {
        if (_browser is null) throw new InvalidOperationException("Chromium was not started.");
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return await BrowserSession.OpenAsync(context, BaseAddress);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _browser = null;
        _playwright?.Dispose();
        _playwright = null;
        if (_factory is not null) await _factory.DisposeAsync();
        _factory = null;
    }
}
