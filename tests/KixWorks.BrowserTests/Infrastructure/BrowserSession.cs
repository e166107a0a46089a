using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KixWorks.Web.Infrastructure.Database.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KixWorks.BrowserTests.Infrastructure;

/// <summary>One test's browser context and page, with three guards: every page load gets an axe check
/// (<see cref="ExpectAccessibleAsync"/>), no request leaves the app's origin, and screenshots land in one folder.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string LoadsKey = "kixworks-tests:loads";

    /// <summary>Runs in every new document before the page's own scripts (and outside its CSP): numbers the
    /// page loads of this tab, so <see cref="ExpectAccessibleAsync"/> can tell when a page went by unchecked.</summary>
    private const string CountLoadsScript = $$"""
        (() => {
          if (window.top !== window) return;
          try {
            const loads = JSON.parse(sessionStorage.getItem('{{LoadsKey}}') || '[]');
            loads.push(location.pathname + location.search);
            sessionStorage.setItem('{{LoadsKey}}', JSON.stringify(loads));
            window.__kixworksLoad = loads.length;
          } catch (e) { /* documents without an origin (about:blank) have no sessionStorage */ }
        })();
        """;

    /// <summary>WCAG 2.0, 2.1 and 2.2, levels A and AA: what Dutch government sites must meet (EN 301 549).</summary>
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>The page's markup without the values of hidden inputs (antiforgery tokens) and without the
    /// empty style attributes that Playwright's screenshots leave behind.</summary>
    private const string MarkupScript = """
        () => {
          const copy = document.documentElement.cloneNode(true);
          copy.querySelectorAll('input[type=hidden]').forEach(input => input.removeAttribute('value'));
          copy.querySelectorAll('[style=""]').forEach(element => element.removeAttribute('style'));
          return copy.outerHTML;
        }
        """;

    /// <summary>axe's verdict per markup hash: "" when clean, else the failure message.</summary>
    private static readonly ConcurrentDictionary<string, string> Verdicts = new();

    private readonly IBrowserContext _context;
    private readonly Uri _origin;
    private readonly ConcurrentQueue<SeenRequest> _requests = new();
    private int _checkedLoads;

    private BrowserSession(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        _origin = origin;
        Page = page;
        _context.Request += (_, request) => _requests.Enqueue(new SeenRequest(request.Url, request.ResourceType));
    }

    internal static async Task<BrowserSession> OpenAsync(IBrowserContext context, Uri origin)
    {
        await context.AddInitScriptAsync(CountLoadsScript);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, origin);
    }

    public IPage Page { get; }

    /// <summary>Every request the browser made so far (all pages of this context).</summary>
    public IReadOnlyList<SeenRequest> Requests => [.. _requests];

    public string Url(string path) => new Uri(_origin, path).ToString();

    /// <summary>Opens <paramref name="path"/> of the app and expects a 200. The caller then checks the page with axe.</summary>
    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"GET {path} answered {response?.Status}, expected 200.");
    }

    /// <summary>Signs in through the sign-in form (axe-checking it) and waits for the start page.
    /// The caller checks the start page with axe.</summary>
    public async Task SignInAsync(string email, string password = DemoDataSeeder.DemoPassword)
    {
        await GotoAsync("/account/login");
        await ExpectAccessibleAsync();
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Wachtwoord").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/"));
        await Expect(MainMenu).ToBeVisibleAsync();
    }

    /// <summary>The navigation landmark of a signed-in user.</summary>
    public ILocator MainMenu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu", Exact = true });

    /// <summary>Runs axe-core (WCAG 2.x A and AA) on the loaded page and fails with a readable list of the
    /// violations. Also fails when an earlier page of this test was loaded and left without this check, or
    /// when a request left the app's origin.</summary>
    public async Task ExpectAccessibleAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        ExpectOnlyOwnOrigin();

        var load = await Page.EvaluateAsync<int>("() => window.__kixworksLoad || 0");
        var loads = await Page.EvaluateAsync<string[]>($"() => JSON.parse(sessionStorage.getItem('{LoadsKey}') || '[]')");
        var skipped = loads.Skip(_checkedLoads).Take(Math.Max(0, load - 1 - _checkedLoads)).ToList();
        Assert.True(skipped.Count == 0, "These pages were loaded but never checked with axe: " + string.Join(", ", skipped));
        _checkedLoads = Math.Max(_checkedLoads, load);

        // axe's verdict depends on the markup only, so markup seen before (antiforgery tokens aside) reuses
        // its verdict: each RunAxe opens a fresh browser page for axe's finishRun, ~3 s on two cores.
        var markup = await Page.EvaluateAsync<string>(MarkupScript);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(markup)));
        if (!Verdicts.TryGetValue(key, out var verdict))
        {
            var result = await Page.RunAxe(WcagAa);
            verdict = result.Violations.Length == 0 ? "" : Describe(result.Violations, new Uri(Page.Url).PathAndQuery);
            Verdicts[key] = verdict;
        }
        if (verdict.Length > 0) Assert.Fail(verdict);
    }

    /// <summary>Fails when any request so far went to another origin than the app's (data: URLs aside).</summary>
    public void ExpectOnlyOwnOrigin()
    {
        var foreign = _requests.Where(r => !IsOwnOrigin(r.Url)).Select(r => $"  {r.ResourceType} {r.Url}").Distinct().ToList();
        Assert.True(foreign.Count == 0, $"The browser left the app's origin {_origin.GetLeftPart(UriPartial.Authority)}:\n" + string.Join("\n", foreign));
    }

    public bool IsOwnOrigin(string url)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return true;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme == _origin.Scheme && uri.Host == _origin.Host && uri.Port == _origin.Port;
    }

    /// <summary>A full-page PNG in tests/KixWorks.BrowserTests/screenshots/ (git-ignored).</summary>
    public async Task ScreenshotAsync(string fileName)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "KixWorks.BrowserTests", "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, fileName), FullPage = true });
    }

    private static string Describe(AxeResultItem[] violations, string page)
    {
        var text = new StringBuilder($"axe-core found {violations.Length} WCAG A/AA violation(s) on {page}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help}  [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                var html = node.Html.Length > 160 ? node.Html[..160] + "…" : node.Html;
                text.Append($"\n    {node.Target}    {html}");
            }
        }
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        ExpectOnlyOwnOrigin();
    }
}

public sealed record SeenRequest(string Url, string ResourceType);
