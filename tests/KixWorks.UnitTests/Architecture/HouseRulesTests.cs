using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Data;
using KixWorks.Data.Sqlite;
using KixWorks.Data.Tenancy;
using KixWorks.Web;
using KixWorks.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.UnitTests.Architecture;

/// <summary>The rules of STYLE.md that reviews tend to miss, checked against the real source.</summary>
public sealed class HouseRulesTests
{
    private static readonly string Src = Path.Combine(RepositoryRoot.Path, "src");

    private static void AssertNoFindings(SourceRule rule)
    {
        var findings = SourceScanner.Scan(Src, rule);
        Assert.True(findings.Count == 0, $"House rule broken ({rule.Name}):{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    [Fact]
    public void Scans_the_real_source_folder()
    {
        var files = SourceScanner.CSharpFiles(Src).Select(f => Path.GetRelativePath(Src, f).Replace('\\', '/')).ToList();

        Assert.Contains("KixWorks.Domain/Trajectories/Trajectory.cs", files);
        Assert.Contains("KixWorks.Web/Program.cs", files);
        Assert.DoesNotContain(files, f => f.Contains("/obj/", StringComparison.Ordinal));
    }

    [Fact]
    public void Bypasses_the_tenant_filter_only_in_programme_aggregates() => AssertNoFindings(SourceScanner.TenantFilterBypass);

    [Fact]
    public void Reads_the_time_only_from_TimeProvider() => AssertNoFindings(SourceScanner.SystemClock);

    [Fact]
    public void Never_pools_the_DbContext() => AssertNoFindings(SourceScanner.PooledDbContext);

    [Fact]
    public void Never_destructures_objects_into_logs() => AssertNoFindings(SourceScanner.DestructuringLog);

    [Fact]
    public void Never_uses_Find_on_a_DbSet() => AssertNoFindings(SourceScanner.FindOnDbSet);

    [Fact]
    public void Writes_past_the_tenant_guard_only_in_named_places() => AssertNoFindings(SourceScanner.UnguardedWrite);

    [Fact]
    public void Handlers_know_the_user_through_ICurrentUser_never_HttpContext() => AssertNoFindings(SourceScanner.HttpContextInFeatures);

    [Fact]
    public void Validators_have_only_rules_that_auto_validation_can_run() => AssertNoFindings(SourceScanner.AsyncValidationRule);

    [Fact]
    public void Domain_project_has_no_package_references()
    {
        var domainProject = Path.Combine(Src, "KixWorks.Domain", "KixWorks.Domain.csproj");

        Assert.Empty(SourceScanner.PackageReferences(domainProject));
    }

    [Fact]
    public void No_package_reaches_the_domain_through_shared_build_files()
    {
        // Directory.Build.props at the root applies to every project; a GlobalPackageReference in the
        // central versions file does too. Either would slip a package into KixWorks.Domain.
        Assert.Empty(SourceScanner.PackageReferences(Path.Combine(RepositoryRoot.Path, "Directory.Build.props")));
        Assert.Empty(SourceScanner.PackageReferences(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props")));
        Assert.False(File.Exists(Path.Combine(Src, "Directory.Build.props")) && SourceScanner.PackageReferences(Path.Combine(Src, "Directory.Build.props")).Count > 0);
    }

    [Fact]
    public void Every_domain_class_with_a_municipality_id_is_tenant_owned()
    {
        var gaps = SourceScanner.UnownedTenantRows(typeof(ITenantOwned).Assembly);

        Assert.True(gaps.Count == 0, "Not ITenantOwned: " + string.Join(", ", gaps.Select(t => t.FullName)));
    }

    [Fact]
    public void Every_tenant_owned_domain_class_is_mapped_with_the_tenant_filter()
    {
        var owned = typeof(ITenantOwned).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(ITenantOwned).IsAssignableFrom(t)).ToList();
        using var db = new SqliteKixWorksDbContext(
            new DbContextOptionsBuilder<SqliteKixWorksDbContext>().UseSqlite("Data Source=model-only.db").Options, new TenantContext());

        var unfiltered = owned.Where(t => db.Model.FindEntityType(t)?.FindDeclaredQueryFilter(KixWorksDbContext.TenantFilter) is null).ToList();

        Assert.Contains(typeof(Participant), owned);
        Assert.True(unfiltered.Count == 0, "Tenant-owned but not mapped with the tenant filter: " + string.Join(", ", unfiltered.Select(t => t.Name)));
    }

    [Fact]
    public void Command_handlers_answer_with_the_shared_result()
    {
        var handlers = typeof(SharedResource).Assembly.GetTypes()
            .Where(t => t.Name == "Handler" && t.DeclaringType?.GetNestedType("Command") is not null)
            .ToList();
        var odd = handlers
            .SelectMany(h => h.GetMethods().Where(m => m.Name == "HandleAsync").Select(m => (Handler: h, m.ReturnType)))
            .Where(x => x.ReturnType != typeof(Task<CommandResult>)
                && !(x.ReturnType.IsGenericType && x.ReturnType.GetGenericArguments()[0] is { IsGenericType: true } inner
                    && inner.GetGenericTypeDefinition() == typeof(CommandResult<>)))
            .Select(x => $"{x.Handler.DeclaringType!.Name}: {x.ReturnType.Name}")
            .ToList();

        Assert.True(handlers.Count >= 15, $"Found only {handlers.Count} command handlers");
        Assert.True(odd.Count == 0, "Not a CommandResult: " + string.Join(", ", odd));
    }

    [Fact]
    public void No_use_case_has_its_own_outcome_enum() => AssertNoFindings(SourceScanner.OwnOutcome);
}
