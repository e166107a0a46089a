using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Reflection;
using KixWorks.Domain.Common;

namespace KixWorks.UnitTests.Architecture;

/// <summary>One place where a house rule is broken: a file (relative to the scanned folder, with '/'), a line and the text.</summary>
internal sealed record Finding(string Path, int Line, string Text)
{
    public override string ToString() => $"{Path}:{Line}: {Text}";
}

/// <summary>A house rule that can be checked by reading source text: what may not appear, and where it may anyway.</summary>
internal sealed record SourceRule(string Name, Regex Pattern, Func<string, bool> IsAllowedIn);

/// <summary>The rules of STYLE.md that a text scan can enforce, and the scanner that applies them.</summary>
internal static partial class SourceScanner
{
    /// <summary>Rule 7: bypassing the tenant filter only in the programme-wide aggregates.</summary>
    public static readonly SourceRule TenantFilterBypass = new(
        "IgnoreQueryFilters outside ProgrammeAggregates.cs",
        IgnoreQueryFiltersPattern(),
        path => System.IO.Path.GetFileName(path) == "ProgrammeAggregates.cs");

    /// <summary>Rule 10: time comes from TimeProvider. Generated migrations are the exception.</summary>
    public static readonly SourceRule SystemClock = new(
        "DateTime.Now/UtcNow/Today or DateTimeOffset.Now/UtcNow outside the providers' Migrations folders",
        SystemClockPattern(),
        path => path.Contains("/Migrations/", StringComparison.Ordinal) && path.StartsWith("KixWorks.Data.", StringComparison.Ordinal));

    /// <summary>The tenant lives on the DbContext instance; a pooled context would carry it to the next request.</summary>
    public static readonly SourceRule PooledDbContext = new(
        "DbContext pooling",
        PooledDbContextPattern(),
        _ => false);

    /// <summary>Rule 12: logs carry ids, never destructured objects.</summary>
    public static readonly SourceRule DestructuringLog = new(
        "log message template that destructures with {@",
        DestructuringLogPattern(),
        _ => false);

    /// <summary>Rule 7: DbSet.Find/FindAsync answers from the change tracker without the tenant filter.</summary>
    public static readonly SourceRule FindOnDbSet = new(
        "DbSet.Find/FindAsync (query with the filter instead)",
        FindPattern(),
        _ => false);

    /// <summary>Rule 7: ExecuteUpdate/ExecuteDelete and raw SQL go past the SaveChanges guard that stamps and checks
    /// the gemeente. Allowed only in files named *Sql.cs or *BulkWrite.cs (a reviewer then knows to look for the
    /// MunicipalityId in every statement), in the database start-up and in the provider projects (connection set-up, migrations).</summary>
    public static readonly SourceRule UnguardedWrite = new(
        "ExecuteUpdate/ExecuteDelete or raw SQL outside a *Sql.cs or *BulkWrite.cs file",
        UnguardedWritePattern(),
        path => path.EndsWith("Sql.cs", StringComparison.Ordinal) || path.EndsWith("BulkWrite.cs", StringComparison.Ordinal)
            || path.StartsWith("KixWorks.Web/Infrastructure/Database/", StringComparison.Ordinal)
            || path.StartsWith("KixWorks.Data.", StringComparison.Ordinal));

    /// <summary>Rule 12: handlers know the user through ICurrentUser. Under Features only controllers touch HTTP
    /// (views are .cshtml and not scanned). Sign-in use cases need no exemption: they go through SignInManager.</summary>
    public static readonly SourceRule HttpContextInFeatures = new(
        "HttpContext or IHttpContextAccessor in a feature file other than a controller (use ICurrentUser)",
        HttpContextPattern(),
        path => !path.StartsWith("KixWorks.Web/Features/", StringComparison.Ordinal) || path.EndsWith("Controller.cs", StringComparison.Ordinal));

    /// <summary>Rule 8: validators run under FluentValidation.AspNetCore's auto-validation, which is synchronous and
    /// throws on an async rule (ADR 0012). A check that needs I/O goes into the handler as a model error.</summary>
    public static readonly SourceRule AsyncValidationRule = new(
        "async FluentValidation rule (MustAsync, CustomAsync, WhenAsync, UnlessAsync, SetAsyncValidator, an async property validator)",
        AsyncValidationRulePattern(),
        _ => false);

    /// <summary>Rule 12: handlers answer with the one shared CommandResult; a use case's own Outcome enum (and a
    /// controller writing the flash by hand) is how the seven result shapes crept in.</summary>
    public static readonly SourceRule OwnOutcome = new(
        "an Outcome enum of its own, or TempData[\"Flash\"] written by hand (use CommandResult and ResultResponses)",
        OwnOutcomePattern(),
        path => path == "KixWorks.Web/Infrastructure/Mvc/ResultResponses.cs");

    public static IReadOnlyList<SourceRule> All { get; } = [TenantFilterBypass, SystemClock, PooledDbContext, DestructuringLog, FindOnDbSet, UnguardedWrite, HttpContextInFeatures, AsyncValidationRule, OwnOutcome];

    /// <summary>Every .cs file under <paramref name="root"/>, build output (bin, obj) excluded.</summary>
    public static IEnumerable<string> CSharpFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file => !RelativePath(root, file).Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    public static IReadOnlyList<Finding> Scan(string root, SourceRule rule)
    {
        var findings = new List<Finding>();
        foreach (var file in CSharpFiles(root))
        {
            var path = RelativePath(root, file);
            if (rule.IsAllowedIn(path)) continue;
            var text = File.ReadAllText(file);
            foreach (Match match in rule.Pattern.Matches(text))
            {
                var line = 1 + text.AsSpan(0, match.Index).Count('\n');
                findings.Add(new Finding(path, line, match.Value.ReplaceLineEndings(" ").Trim()));
            }
        }
        return findings;
    }

    /// <summary>PackageReference (and GlobalPackageReference) items in an MSBuild file.</summary>
    public static IReadOnlyList<string> PackageReferences(string msbuildFile) =>
        XDocument.Load(msbuildFile).Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "GlobalPackageReference")
            .Select(e => (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? e.Name.LocalName)
            .ToList();

    /// <summary>Classes with a MunicipalityId property that do not say they are tenant-owned,
    /// so the data layer would neither filter nor stamp them.</summary>
    public static IReadOnlyList<Type> UnownedTenantRows(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsClass && t.GetProperty(nameof(ITenantOwned.MunicipalityId), BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic) is not null)
            .Where(t => !typeof(ITenantOwned).IsAssignableFrom(t))
            .ToList();

    private static string RelativePath(string root, string file) => System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');

    [GeneratedRegex(@"\benum\s+\w*Outcome\b|TempData\[""Flash""\]")]
    private static partial Regex OwnOutcomePattern();

    [GeneratedRegex(@"\bIgnoreQueryFilters\b")]
    private static partial Regex IgnoreQueryFiltersPattern();

    [GeneratedRegex(@"\b(?:DateTime\.(?:Now|UtcNow|Today)|DateTimeOffset\.(?:Now|UtcNow))\b")]
    private static partial Regex SystemClockPattern();

    [GeneratedRegex(@"\.Find(?:Async)?\(")]
    private static partial Regex FindPattern();

    [GeneratedRegex(@"\b(?:ExecuteUpdate|ExecuteDelete|ExecuteSql|ExecuteSqlRaw|ExecuteSqlInterpolated|SqlQuery|SqlQueryRaw|FromSql|FromSqlRaw|FromSqlInterpolated)(?:Async)?\b|\.Sql\(|\bCommandText\s*=")]
    private static partial Regex UnguardedWritePattern();
    [GeneratedRegex(@"\bI?HttpContext(?:Accessor)?\b")]
    private static partial Regex HttpContextPattern();

    [GeneratedRegex(@"\.(?:MustAsync|CustomAsync|WhenAsync|UnlessAsync|SetAsyncValidator)\s*[<(]|\bAsyncPropertyValidator<|\bIAsyncPropertyValidator\b")]
    private static partial Regex AsyncValidationRulePattern();

    [GeneratedRegex(@"\b(?:AddDbContextPool|AddPooledDbContextFactory)\b")]
    private static partial Regex PooledDbContextPattern();

    /// <summary>A call to a Microsoft or Serilog log method (or BeginScope) whose arguments, up to the end of
    /// the statement, contain "{@".</summary>
    [GeneratedRegex(@"\b(?:Log(?:Trace|Debug|Information|Warning|Error|Critical)?|BeginScope|Verbose|Debug|Information|Warning|Error|Fatal|Write)\s*\([^;]*?\{@", RegexOptions.Singleline)]
    private static partial Regex DestructuringLogPattern();
}
