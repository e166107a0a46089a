using KixWorks.Data.Postgres;
using KixWorks.Data.SqlServer;
using KixWorks.Data.Tenancy;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Web.Features.Caseload;
using KixWorks.Web.Features.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace KixWorks.IntegrationTests.Data;

/// <summary>SQL Server without a server (ADR 0010): the migration script and the main queries are parsed as T-SQL, and
/// the parsed script holds what the model asks for. Every expectation is read from the EF model, never listed by hand.
/// What only a server finds (collation behaviour, runtime errors) is left to the opt-in suite in SqlServer/.</summary>
public sealed class SqlServerScriptTests
{
    private static SqlServerKixWorksDbContext SqlServerContext(TenantContext? tenant = null) =>
        new(new DbContextOptionsBuilder<SqlServerKixWorksDbContext>().UseSqlServer("Server=unused;Database=unused").Options, tenant ?? new TenantContext());

    /// <summary>The full model, with the SQL Server annotations (clustering, collation) the runtime model drops.</summary>
    private static IModel DesignModel(DbContext db) => db.GetService<IDesignTimeModel>().Model;

    /// <summary>The non-idempotent script: the idempotent one hides filtered indexes inside EXEC(N'…').</summary>
    private static string MigrationScript(DbContext db) => db.GetService<IMigrator>().GenerateScript();

    private static (TSqlFragment Tree, IList<ParseError> Errors) Parse(string sql)
    {
        var tree = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return (tree, errors);
    }

    private static TSqlFragment ParseWithoutErrors(string sql)
    {
        var (tree, errors) = Parse(sql);
        Assert.True(errors.Count == 0, "Not valid T-SQL:\n" + string.Join("\n", errors.Take(5).Select(e => $"line {e.Line}: {e.Message}")) + "\n\n" + sql);
        return tree;
    }

    [Fact]
    public void The_migration_script_is_valid_T_SQL()
    {
        using var db = SqlServerContext();
        ParseWithoutErrors(MigrationScript(db));
    }

    [Fact]
    public void A_PostgreSQL_migration_script_is_not_valid_T_SQL()
    {
        // The negative control: a parser that accepted this would prove nothing above.
        using var db = new PostgresKixWorksDbContext(
            new DbContextOptionsBuilder<PostgresKixWorksDbContext>().UseNpgsql("Host=localhost;Database=unused").Options, new TenantContext());
        Assert.NotEmpty(Parse(MigrationScript(db)).Errors);
    }

    [Fact]
    public void The_migration_script_has_every_foreign_key_of_the_model_with_its_columns_and_delete_action()
    {
        using var db = SqlServerContext();
        var script = Read(ParseWithoutErrors(MigrationScript(db)));

        var foreignKeys = DesignModel(db).GetEntityTypes().SelectMany(t => t.GetForeignKeys()).ToList();
        Assert.NotEmpty(foreignKeys);
        var missing = new List<string>();
        foreach (var fk in foreignKeys)
        {
            var table = fk.DeclaringEntityType.GetTableName()!;
            var expected = new ForeignKey(table, Columns(fk.Properties, fk.DeclaringEntityType),
                fk.PrincipalEntityType.GetTableName()!, Columns(fk.PrincipalKey.Properties, fk.PrincipalEntityType), DeleteAction(fk.DeleteBehavior));
            if (!script.ForeignKeys.Contains(expected)) missing.Add(expected.ToString());
        }
        Assert.True(missing.Count == 0, "Foreign keys of the model not in the script: " + string.Join("; ", missing));

        // The tenancy rule in particular: a child points at its parent within the same gemeente.
        Assert.Contains(script.ForeignKeys, k => k.Referenced == "Participants" &&
            k.Columns.SequenceEqual(["MunicipalityId", "ParticipantId"]) && k.ReferencedColumns.SequenceEqual(["MunicipalityId", "Id"]));
    }

    [Fact]
    public void The_migration_script_has_nonclustered_primary_keys_and_clusters_by_gemeente()
    {
        using var db = SqlServerContext();
        var script = Read(ParseWithoutErrors(MigrationScript(db)));

        foreach (var entityType in DesignModel(db).GetEntityTypes().Where(t => t.GetTableName() is not null))
        {
            var table = entityType.GetTableName()!;
            foreach (var key in entityType.GetKeys())
            {
                var constraint = Assert.Single(script.Keys, k => k.Table == table && k.Columns.SequenceEqual(Columns(key.Properties, entityType)));
                Assert.Equal(key.IsPrimaryKey(), constraint.IsPrimaryKey);
                // Guid v7 keys would fragment a clustered primary key: every one is nonclustered.
                Assert.Equal(key.IsPrimaryKey() ? false : key.IsClustered(), constraint.Clustered);
            }
            foreach (var index in entityType.GetIndexes())
            {
                var created = Assert.Single(script.Indexes, i => i.Name == index.GetDatabaseName());
                Assert.Equal(table, created.Table);
                Assert.Equal(Columns(index.Properties, entityType), created.Columns);
                Assert.Equal(index.IsUnique, created.Unique);
                Assert.Equal(index.IsClustered() == true, created.Clustered == true);
                Assert.Equal(index.GetFilter(), created.Filter);
            }
        }

        // The parents are clustered on their alternate key (MunicipalityId, Id), the rule SqlServerKixWorksDbContext applies.
        foreach (var parent in new[] { "Participants", "Trajectories", "Intakes" })
            Assert.Contains(script.Keys, k => k.Table == parent && !k.IsPrimaryKey && k.Clustered == true && k.Columns.SequenceEqual(["MunicipalityId", "Id"]));
        Assert.All(script.Keys.Where(k => k.IsPrimaryKey && k.Table != "__EFMigrationsHistory"), k => Assert.False(k.Clustered));
    }

    [Fact]
    public void The_BSN_index_is_unique_per_gemeente_and_filtered_in_T_SQL_quoting()
    {
        using var db = SqlServerContext();
        var script = Read(ParseWithoutErrors(MigrationScript(db)));
        var bsn = Assert.Single(script.Indexes, i => i.Table == "Participants" && i.Columns.SequenceEqual(["MunicipalityId", "Bsn"]));
        Assert.True(bsn.Unique);
        Assert.Equal("[Bsn] IS NOT NULL", bsn.Filter);
        Assert.DoesNotContain(script.Indexes, i => i.Filter?.Contains('"', StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Text_in_a_unique_index_compares_case_sensitively_except_Identitys_normalized_columns()
    {
        using var db = SqlServerContext();
        var text = DesignModel(db).GetEntityTypes().SelectMany(t => t.GetIndexes()).Where(i => i.IsUnique)
            .SelectMany(i => i.Properties).Where(p => p.ClrType == typeof(string)).Distinct().ToList();
        Assert.Contains(text, p => p.Name == nameof(Participant.Bsn));
        Assert.All(text, p => Assert.Equal(p.Name.StartsWith("Normalized", StringComparison.Ordinal) ? null : SqlServerKixWorksDbContext.CaseSensitiveCollation, p.GetCollation()));
    }

    /// <summary>SQL Server refuses a foreign key that makes a table reachable by two ON DELETE CASCADE / SET NULL paths
    /// (or a cycle). Read from the model: a new relationship that would break a real SQL Server fails here first.</summary>
    [Fact]
    public void No_table_is_reachable_by_two_cascading_paths()
    {
        using var db = SqlServerContext();
        var cascading = DesignModel(db).GetEntityTypes().SelectMany(t => t.GetForeignKeys())
            .Where(fk => DeleteAction(fk.DeleteBehavior) is DeleteUpdateAction.Cascade or DeleteUpdateAction.SetNull)
            .Select(fk => (From: fk.PrincipalEntityType.GetTableName()!, To: fk.DeclaringEntityType.GetTableName()!))
            .ToList();
        Assert.NotEmpty(cascading);
        var problems = new List<string>();
        foreach (var source in cascading.Select(e => e.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            void Walk(string table, int depth)
            {
                if (depth > 20) { problems.Add($"a cycle through {source}"); return; }
                foreach (var (_, to) in cascading.Where(e => e.From == table))
                {
                    paths[to] = paths.GetValueOrDefault(to) + 1;
                    Walk(to, depth + 1);
                }
            }
            Walk(source, 0);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{p.Key} is reached from {source} by {p.Value} paths"));
        }
        Assert.True(problems.Count == 0, string.Join("; ", problems.Distinct()));
    }

    [Fact]
    public void The_participant_list_queries_are_valid_T_SQL_with_the_tenant_filter()
    {
        var (db, gemeente) = InAGemeente();
        using (db)
        {
            foreach (var query in new[]
                     {
                         new ListParticipants.Query(),
                         new ListParticipants.Query { Q = "jan", Sort = "birth", Dir = "desc", Page = 2, Phase = TrajectoryPhase.Intake },
                     })
            {
                var matching = ListParticipants.Matching(db, query);
                AssertValidWithTenant(matching.ToQueryString(), gemeente);
                AssertValidWithTenant(ListParticipants.Page(db, matching, query).ToQueryString(), gemeente);
            }
        }
    }

    [Fact]
    public void The_caseload_query_is_valid_T_SQL_with_the_tenant_filter()
    {
        var (db, gemeente) = InAGemeente();
        using (db) AssertValidWithTenant(ListCaseload.Mine(db, Guid.NewGuid()).ToQueryString(), gemeente);
    }

    [Fact]
    public void The_participant_file_queries_are_valid_T_SQL_with_the_tenant_filter()
    {
        var (db, gemeente) = InAGemeente();
        using (db)
        {
            var id = Guid.NewGuid();
            AssertValidWithTenant(ParticipantDetails.ParticipantOf(db, id).ToQueryString(), gemeente);
            AssertValidWithTenant(ParticipantDetails.TrajectoriesOf(db, id).ToQueryString(), gemeente);
            AssertValidWithTenant(ParticipantDetails.ContactsOf(db, id).ToQueryString(), gemeente);
            AssertValidWithTenant(ParticipantDetails.GoalsOf(db, id).ToQueryString(), gemeente);
        }
    }

    /// <summary>A context in one gemeente, so the tenant filter is part of the SQL. No connection is opened.</summary>
    private static (SqlServerKixWorksDbContext Db, Guid Gemeente) InAGemeente()
    {
        var tenant = new TenantContext();
        var gemeente = Guid.NewGuid();
        tenant.Use(gemeente);
        return (SqlServerContext(tenant), gemeente);
    }

    private static void AssertValidWithTenant(string sql, Guid gemeente)
    {
        ParseWithoutErrors(sql);
        Assert.Contains(gemeente.ToString(), sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[MunicipalityId] = @", sql, StringComparison.Ordinal);
    }

    private static DeleteUpdateAction DeleteAction(DeleteBehavior behavior) => behavior switch
    {
        DeleteBehavior.Cascade => DeleteUpdateAction.Cascade,
        DeleteBehavior.SetNull => DeleteUpdateAction.SetNull,
        // Restrict, NoAction and the Client* behaviours: the database does nothing on delete (no ON DELETE clause).
        _ => DeleteUpdateAction.NotSpecified,
    };

    private static string[] Columns(IEnumerable<IReadOnlyProperty> properties, IReadOnlyEntityType entityType)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        return properties.Select(p => p.GetColumnName(table)!).ToArray();
    }

    private sealed record ForeignKey(string Table, string[] Columns, string Referenced, string[] ReferencedColumns, DeleteUpdateAction OnDelete)
    {
        public bool Equals(ForeignKey? other) => other is not null && Table == other.Table && Referenced == other.Referenced &&
            Columns.SequenceEqual(other.Columns) && ReferencedColumns.SequenceEqual(other.ReferencedColumns) && OnDelete == other.OnDelete;

        public override int GetHashCode() => HashCode.Combine(Table, Referenced, OnDelete);

        public override string ToString() => $"{Table} ({string.Join(", ", Columns)}) → {Referenced} ({string.Join(", ", ReferencedColumns)}) on delete {OnDelete}";
    }

    private sealed record Key(string Table, string Name, string[] Columns, bool IsPrimaryKey, bool? Clustered);

    private sealed record Index(string Table, string Name, string[] Columns, bool Unique, bool? Clustered, string? Filter);

    private sealed record Script(List<ForeignKey> ForeignKeys, List<Key> Keys, List<Index> Indexes);

    private static Script Read(TSqlFragment tree)
    {
        var visitor = new ScriptReader();
        tree.Accept(visitor);
        Assert.NotEmpty(visitor.Script.Keys);
        Assert.NotEmpty(visitor.Script.Indexes);
        return visitor.Script;
    }

    /// <summary>Collects the constraints of CREATE TABLE / ALTER TABLE … ADD and every CREATE INDEX of the parsed script.</summary>
    private sealed class ScriptReader : TSqlFragmentVisitor
    {
        public Script Script { get; } = new([], [], []);

        public override void ExplicitVisit(CreateTableStatement node)
        {
            foreach (var constraint in node.Definition.TableConstraints) Add(node.SchemaObjectName.BaseIdentifier.Value, constraint);
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            foreach (var constraint in node.Definition.TableConstraints) Add(node.SchemaObjectName.BaseIdentifier.Value, constraint);
        }

        public override void ExplicitVisit(CreateIndexStatement node) =>
            Script.Indexes.Add(new Index(node.OnName.BaseIdentifier.Value, node.Name.Value,
                node.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value).ToArray(),
                node.Unique, node.Clustered, node.FilterPredicate is { } filter ? Text(filter) : null));

        private void Add(string table, ConstraintDefinition constraint)
        {
            switch (constraint)
            {
                case UniqueConstraintDefinition key:
                    Script.Keys.Add(new Key(table, key.ConstraintIdentifier.Value,
                        key.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value).ToArray(), key.IsPrimaryKey, key.Clustered));
                    break;
                case ForeignKeyConstraintDefinition fk:
                    Script.ForeignKeys.Add(new ForeignKey(table, fk.Columns.Select(c => c.Value).ToArray(),
                        fk.ReferenceTableName.BaseIdentifier.Value, fk.ReferencedTableColumns.Select(c => c.Value).ToArray(),
                        fk.DeleteAction == DeleteUpdateAction.NoAction ? DeleteUpdateAction.NotSpecified : fk.DeleteAction));
                    break;
            }
        }

        /// <summary>The fragment as written in the script.</summary>
        private static string Text(TSqlFragment fragment) =>
            string.Concat(Enumerable.Range(fragment.FirstTokenIndex, fragment.LastTokenIndex - fragment.FirstTokenIndex + 1)
                .Select(i => fragment.ScriptTokenStream[i].Text));
    }
}
