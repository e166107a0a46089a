namespace KixWorks.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium (apt-get install chromium). Playwright never downloads a browser here (DEPENDENCIES.md).</summary>
public static class Chromium
{
    /// <summary>The chromium binary on PATH, else /usr/bin/chromium; null when neither exists.</summary>
    public static string? ExecutablePath { get; } = Find();

    /// <summary>Under CI=true a browser test never skips: a missing Chromium fails it.</summary>
    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => ExecutablePath is null && !MustRun
        ? "Chromium is not installed (apt-get install chromium); browser tests skip outside CI."
        : null;

    /// <summary>Quiet, offline, sandbox-free (the tests run as root): no update checks, no sync, no first-run UI.</summary>
    public static readonly string[] Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private static string? Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Append("/usr/bin")
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A browser test: skipped on a machine without Chromium, never skipped under CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A browser theory: skipped on a machine without Chromium, never skipped under CI=true.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
