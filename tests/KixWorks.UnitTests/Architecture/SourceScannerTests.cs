using KixWorks.Domain.Common;

namespace KixWorks.UnitTests.Architecture;

/// <summary>The scanner behind <see cref="HouseRulesTests"/>, on a throw-away folder: it must find what it claims to.</summary>
public sealed class SourceScannerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kixworks-scanner-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Finds_IgnoreQueryFilters_outside_programme_aggregates()
    {
        Write("KixWorks.Web/Features/Reports/ProgrammeAggregates.cs", "var all = db.Participants.IgnoreQueryFilters().Count();");
        Write("KixWorks.Web/Features/Participants/ListParticipants.cs", "class L\n{\n    var all = db.Participants\n        .IgnoreQueryFilters();\n}");
        Write("KixWorks.Web/obj/Debug/Generated.cs", "db.Participants.IgnoreQueryFilters();");
        Write("KixWorks.Web/Features/Participants/Notes.txt", "IgnoreQueryFilters");

        var findings = SourceScanner.Scan(_root, SourceScanner.TenantFilterBypass);

        var finding = Assert.Single(findings);
        Assert.Equal("KixWorks.Web/Features/Participants/ListParticipants.cs", finding.Path);
        Assert.Equal(4, finding.Line);
    }

    [Fact]
    public void Allows_IgnoreQueryFilters_only_in_a_file_named_exactly_ProgrammeAggregates()
    {
        Write("KixWorks.Web/Features/Reports/ProgrammeAggregatesHelper.cs", "q.IgnoreQueryFilters()");
        Write("KixWorks.Web/Features/Reports/NotProgrammeAggregates.cs", "q.IgnoreQueryFilters()");

        Assert.Equal(2, SourceScanner.Scan(_root, SourceScanner.TenantFilterBypass).Count);
    }

    [Theory]
    [InlineData("var now = DateTime.Now;")]
    [InlineData("var now = DateTime.UtcNow;")]
    [InlineData("var today = DateTime.Today;")]
    [InlineData("var now = DateTimeOffset.Now;")]
    [InlineData("var now = System.DateTimeOffset.UtcNow;")]
    public void Finds_the_system_clock(string code)
    {
        Write("KixWorks.Web/Features/Home/StartPage.cs", code);

        Assert.Single(SourceScanner.Scan(_root, SourceScanner.SystemClock));
    }

    [Theory]
    [InlineData("var now = time.GetUtcNow();")]
    [InlineData("var epoch = DateTimeOffset.UnixEpoch;")]
    [InlineData("var max = DateTime.MaxValue;")]
    public void Leaves_TimeProvider_and_other_date_members_alone(string code)
    {
        Write("KixWorks.Web/Features/Home/StartPage.cs", code);

        Assert.Empty(SourceScanner.Scan(_root, SourceScanner.SystemClock));
    }

    [Fact]
    public void Allows_the_system_clock_in_migrations_only()
    {
        Write("KixWorks.Data.Sqlite/Migrations/20261127_Initial.cs", "defaultValue: DateTime.UtcNow");
        Write("KixWorks.Web/Infrastructure/Database/Seed/DemoDataSeeder.cs", "var at = DateTime.UtcNow;");

        var finding = Assert.Single(SourceScanner.Scan(_root, SourceScanner.SystemClock));
        Assert.Equal("KixWorks.Web/Infrastructure/Database/Seed/DemoDataSeeder.cs", finding.Path);
    }

    [Theory]
    [InlineData("services.AddDbContextPool<KixWorksDbContext>(o => o.UseSqlite(c));")]
    [InlineData("services.AddPooledDbContextFactory<KixWorksDbContext>(o => o.UseSqlite(c));")]
    public void Finds_DbContext_pooling(string code)
    {
        Write("KixWorks.Web/Infrastructure/Database/DatabaseSetup.cs", code);

        Assert.Single(SourceScanner.Scan(_root, SourceScanner.PooledDbContext));
    }

    [Theory]
    [InlineData("await db.Goals.Where(g => g.ParticipantId == id).ExecuteDeleteAsync(ct);")]
    [InlineData("await db.Participants.ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParticipantStatus.Archived));")]
    [InlineData("await db.Database.ExecuteSqlRawAsync(\"DELETE FROM \\\"Goals\\\"\");")]
    [InlineData("var rows = db.Database.SqlQuery<int>($\"SELECT 1\");")]
    [InlineData("db.Participants.FromSqlRaw(\"SELECT * FROM \\\"Participants\\\"\")")]
    [InlineData("command.CommandText = \"UPDATE x\";")]
    public void Finds_writes_and_reads_that_pass_the_tenant_guard(string code)
    {
        Write("KixWorks.Web/Features/Goals/ChangeGoalStatus.cs", code);

        Assert.Single(SourceScanner.Scan(_root, SourceScanner.UnguardedWrite));
    }

    [Fact]
    public void Allows_set_based_writes_in_named_files_and_the_provider_projects()
    {
        const string code = "await db.FileViews.Where(v => v.At < cutoff).ExecuteDeleteAsync(ct);";
        Write("KixWorks.Web/Features/Retention/EraseExpiredFileViewsBulkWrite.cs", code);
        Write("KixWorks.Web/Features/Programme/ProgrammeAggregatesSql.cs", code);
        Write("KixWorks.Data.Sqlite/SqlitePragmaInterceptor.cs", "command.CommandText = \"PRAGMA busy_timeout = 5000;\";");
        Write("KixWorks.Data/KixWorksDbContext.cs", code);

        var finding = Assert.Single(SourceScanner.Scan(_root, SourceScanner.UnguardedWrite));
        Assert.Equal("KixWorks.Data/KixWorksDbContext.cs", finding.Path);
    }

    [Theory]
    [InlineData("logger.LogInformation(\"Registering {@Command}\", command);")]
    [InlineData("logger.LogWarning(\n    \"Refused {ParticipantId}: {@Details}\",\n    id, details);")]
    [InlineData("logger.Log(LogLevel.Error, \"Failed {@Model}\", model);")]
    [InlineData("using var scope = logger.BeginScope(\"{@Request}\", request);")]
    [InlineData("Log.Information(\"Seeded {@Participant}\", participant);")]
    public void Finds_a_log_call_that_destructures(string code)
    {
        Write("KixWorks.Web/Features/Participants/RegisterParticipant.cs", code);

        Assert.Single(SourceScanner.Scan(_root, SourceScanner.DestructuringLog));
    }

    [Theory]
    [InlineData("logger.LogInformation(\"Participant {ParticipantId} registered\", participant.Id);")]
    [InlineData("logger.LogInformation(\"Done\");\nvar css = \"{@media}\";")]
    public void Leaves_log_calls_with_plain_ids_alone(string code)
    {
        Write("KixWorks.Web/Features/Participants/RegisterParticipant.cs", code);

        Assert.Empty(SourceScanner.Scan(_root, SourceScanner.DestructuringLog));
    }

    [Theory]
    [InlineData("public sealed class Handler(KixWorksDbContext db, IHttpContextAccessor http)")]
    [InlineData("var id = http.HttpContext!.User.UserId();")]
    [InlineData("Secure = response.HttpContext.Request.IsHttps,")]
    public void Finds_HttpContext_in_a_handler(string code)
    {
        Write("KixWorks.Web/Features/Contacts/RecordContact.cs", code);

        var finding = Assert.Single(SourceScanner.Scan(_root, SourceScanner.HttpContextInFeatures));
        Assert.Equal("KixWorks.Web/Features/Contacts/RecordContact.cs", finding.Path);
    }

    [Fact]
    public void Allows_HttpContext_in_controllers_and_outside_features_only()
    {
        Write("KixWorks.Web/Features/Contacts/ContactsController.cs", "var ip = HttpContext.Connection.RemoteIpAddress;");
        Write("KixWorks.Web/Infrastructure/Tenancy/TenantMiddleware.cs", "public Task InvokeAsync(HttpContext context, CurrentUser currentUser)");
        Write("KixWorks.Web/Features/Contacts/ContactsControllerHelpers.cs", "IHttpContextAccessor accessor");
        Write("KixWorks.Web/Features/Caseload/ListCaseload.cs", "public sealed class Handler(ICurrentUser currentUser) { HttpContextual x; }");

        var finding = Assert.Single(SourceScanner.Scan(_root, SourceScanner.HttpContextInFeatures));
        Assert.Equal("KixWorks.Web/Features/Contacts/ContactsControllerHelpers.cs", finding.Path);
    }

    [Theory]
    [InlineData("RuleFor(x => x.Bsn).MustAsync(async (bsn, ct) => await IsFreeAsync(bsn, ct));")]
    [InlineData("RuleFor(x => x.Name)\n    .CustomAsync(async (name, context, ct) => await CheckAsync(name, ct));")]
    [InlineData("RuleFor(x => x.Code).NotEmpty().WhenAsync((c, ct) => Task.FromResult(true));")]
    [InlineData("RuleFor(x => x.Code).NotEmpty().UnlessAsync((c, ct) => Task.FromResult(false));")]
    [InlineData("RuleFor(x => x.Code).SetAsyncValidator(new CodeIsFree());")]
    [InlineData("sealed class CodeIsFree : AsyncPropertyValidator<Command, string> { }")]
    public void Finds_an_async_validation_rule(string code)
    {
        Write("KixWorks.Web/Features/Municipalities/StartMunicipality.cs", code);

        Assert.Single(SourceScanner.Scan(_root, SourceScanner.AsyncValidationRule));
    }

    [Theory]
    [InlineData("RuleFor(x => x.Code).Must(BeACbsCode).WithErrorCode(\"Validation.Municipality.CbsCode\");")]
    [InlineData("var result = await handler.HandleAsync(command, ct);")]
    public void Leaves_synchronous_rules_and_other_async_calls_alone(string code)
    {
        Write("KixWorks.Web/Features/Municipalities/StartMunicipality.cs", code);

        Assert.Empty(SourceScanner.Scan(_root, SourceScanner.AsyncValidationRule));
    }

    [Fact]
    public void Finds_package_references_in_a_project_file()
    {
        Write("KixWorks.Domain/KixWorks.Domain.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="Newtonsoft.Json" />
              </ItemGroup>
            </Project>
            """);

        Assert.Equal(["Newtonsoft.Json"], SourceScanner.PackageReferences(Path.Combine(_root, "KixWorks.Domain/KixWorks.Domain.csproj")));
    }

    [Fact]
    public void Finds_a_use_case_with_its_own_outcome_or_a_hand_written_flash()
    {
        Write("KixWorks.Web/Features/Goals/AddGoal.cs", "public static class AddGoal\n{\n    public enum Outcome { Added, NotFound }\n}");
        Write("KixWorks.Web/Features/Goals/GoalsController.cs", "TempData[\"Flash\"] = \"Opgeslagen\";");
        Write("KixWorks.Web/Infrastructure/Mvc/ResultResponses.cs", "controller.TempData[\"Flash\"] = text;");
        Write("KixWorks.Web/Features/Shared/CommandResult.cs", "public enum ResultKind { Done }  // an OutcomeKind in a comment");

        var findings = SourceScanner.Scan(_root, SourceScanner.OwnOutcome);

        Assert.Equal(["KixWorks.Web/Features/Goals/AddGoal.cs:3", "KixWorks.Web/Features/Goals/GoalsController.cs:1"],
            findings.Select(f => $"{f.Path}:{f.Line}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Finds_a_class_with_a_municipality_id_that_is_not_tenant_owned()
    {
        var gaps = SourceScanner.UnownedTenantRows(typeof(SourceScannerTests).Assembly);

        Assert.Contains(typeof(RowWithoutTenant), gaps);
        Assert.DoesNotContain(typeof(RowWithTenant), gaps);
    }

    private sealed class RowWithoutTenant
    {
        public Guid MunicipalityId { get; set; }
    }

    private sealed class RowWithTenant : ITenantOwned
    {
        public Guid MunicipalityId { get; set; }
    }
}
