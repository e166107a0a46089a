using System.Text.RegularExpressions;
using System.Xml.Linq;
using KixWorks.UnitTests.Architecture;

namespace KixWorks.UnitTests.Localization;

/// <summary>Every UI text exists in Dutch and in English, and every key the code asks for exists.</summary>
public sealed partial class ResourceTests
{
    private static readonly string Resources = Path.Combine(RepositoryRoot.Path, "src", "KixWorks.Web", "Resources");

    private static Dictionary<string, string> Load(string language) =>
        XDocument.Load(Path.Combine(Resources, $"SharedResource.{language}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Dutch_and_English_have_exactly_the_same_keys()
    {
        var dutch = Load("nl");
        var english = Load("en");

        Assert.Empty(dutch.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(dutch.Keys));
        Assert.NotEmpty(dutch);
    }

    [Fact]
    public void No_text_is_empty_and_placeholders_match_between_languages()
    {
        var dutch = Load("nl");
        var english = Load("en");
        foreach (var (key, nl) in dutch)
        {
            Assert.False(string.IsNullOrWhiteSpace(nl), $"{key} is empty in Dutch");
            Assert.False(string.IsNullOrWhiteSpace(english[key]), $"{key} is empty in English");
            Assert.True(Placeholders(nl).SetEquals(Placeholders(english[key])), $"{key}: placeholders differ between nl and en");
        }
    }

    [Fact]
    public void Every_key_used_in_views_and_code_exists()
    {
        var known = Load("nl").Keys.ToHashSet();
        var web = Path.Combine(RepositoryRoot.Path, "src", "KixWorks.Web");
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(u => !known.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
    }

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    // T["Key"] in views, text["Key"] in tag helpers and handlers.
    [GeneratedRegex(@"\b(?:T|text)\[""([A-Za-z][A-Za-z0-9.]*)""")]
    private static partial Regex KeyUse();
}
