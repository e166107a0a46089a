using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentValidation;
using FluentValidation.Validators;
using KixWorks.Web;
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
            .SelectMany(f => KeyUses().SelectMany(pattern => pattern.Matches(File.ReadAllText(f)))
                .Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(u => !known.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_text_is_used_somewhere()
    {
        var code = string.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        // Enum texts are looked up as "Type.Value" (EnumTexts), never written out.
        var enums = new[] { typeof(SharedResource).Assembly, typeof(KixWorks.Domain.Common.DomainException).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum).Select(t => t.Name).ToHashSet();

        var unused = Load("nl").Keys.Where(k => !enums.Contains(k.Split('.')[0]) && !code.Contains($"\"{k}\"", StringComparison.Ordinal)).ToList();

        Assert.True(unused.Count == 0, "Texts nobody uses: " + string.Join(", ", unused));
    }

    [Fact]
    public void Every_validation_rule_has_an_error_code_whose_Dutch_text_is_its_message()
    {
        var dutch = Load("nl");
        var validators = typeof(SharedResource).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IValidator).IsAssignableFrom(t))
            .Select(t => (IValidator)Activator.CreateInstance(t, t.GetConstructors()[0].GetParameters().Select(_ => (object)TimeProvider.System).ToArray())!)
            .ToList();

        Assert.NotEmpty(validators);
        var problems = new List<string>();
        foreach (var validator in validators)
        {
            var components = validator.CreateDescriptor().Rules
                .SelectMany(rule => rule.Components.Select(component => (rule.PropertyName, Component: component)))
                .Where(c => c.Component.Validator is not IChildValidatorAdaptor);
            foreach (var (property, component) in components)
            {
                var where = $"{validator.GetType().FullName}.{property} ({component.Validator.Name})";
                if (component.ErrorCode is not { } code) problems.Add($"{where}: no error code");
                else if (!dutch.TryGetValue(code, out var text)) problems.Add($"{where}: unknown error code {code}");
                else if (text != component.GetUnformattedErrorMessage()) problems.Add($"{where}: Dutch text of {code} differs from the rule's message");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Enums that are compared in code but never written on a page; every other enum is shown somewhere.</summary>
    private static readonly Type[] NeverShown =
    [
        typeof(KixWorks.Domain.Participants.ParticipantStatus), // the file shows an archived banner, not the status word
        typeof(KixWorks.Web.Features.Users.ListUsers.Offer),    // picks which link a row offers
        typeof(KixWorks.Web.Features.Shared.ResultKind),        // a handler's answer to its controller
    ];

    [Fact]
    public void Every_value_of_every_enum_shown_in_the_UI_has_a_text()
    {
        var known = Load("nl").Keys.ToHashSet();
        // Found, not listed: a new enum in the domain or the web project needs its texts (or a place in NeverShown).
        var shown = new[] { typeof(SharedResource).Assembly, typeof(KixWorks.Domain.Common.DomainException).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && !NeverShown.Contains(t)).ToList();
        var keys = shown.SelectMany(t => Enum.GetNames(t).Select(value => $"{t.Name}.{value}")).ToList();

        Assert.Contains(typeof(KixWorks.Domain.Trajectories.TrajectoryPhase), shown);
        Assert.Contains(typeof(KixWorks.Web.Features.Participants.TimelineEvent), shown);
        Assert.Equal("TrajectoryPhase.JobGuidance", KixWorks.Web.Features.Shared.EnumTexts.Key(KixWorks.Domain.Trajectories.TrajectoryPhase.JobGuidance));
        var missing = keys.Where(k => !known.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
    }

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    private static IEnumerable<Regex> KeyUses() => [KeyUse(), ErrorCodeUse(), DisplayNameUse()];

    // T["Key"] in views, text["Key"] in tag helpers and handlers.
    [GeneratedRegex(@"\b(?:T|text)\[""([A-Za-z][A-Za-z0-9.]*)""")]
    private static partial Regex KeyUse();

    // A validation rule's error code is the key of its message: .WithErrorCode("Validation.Area.Rule").
    [GeneratedRegex(@"\bWithErrorCode\(""([^""]*)""")]
    private static partial Regex ErrorCodeUse();

    // A field's display name, localised by the data-annotations localizer: [Display(Name = "Field.X")].
    [GeneratedRegex(@"\bDisplay\(Name\s*=\s*""([^""]*)""")]
    private static partial Regex DisplayNameUse();
}
