using System.Globalization;

namespace KixWorks.Web.Infrastructure.Localization;

/// <summary>UI languages. Formatting (dates dd-mm-jjjj, numbers) is nl-NL in every language.</summary>
public static class Languages
{
    public const string Dutch = "nl";
    public const string English = "en";
    public const string CookieName = "KixWorks.Language";
    public const string Claim = "kix:lang";

    public static readonly IReadOnlyList<string> All = [Dutch, English];
    public static readonly CultureInfo Formatting = CultureInfo.GetCultureInfo("nl-NL");

    public static string Normalise(string? language) => language is not null && All.Contains(language) ? language : Dutch;
}
