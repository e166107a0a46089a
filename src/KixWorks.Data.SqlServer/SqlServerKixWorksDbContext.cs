using System.Text.RegularExpressions;
using KixWorks.Data.Tenancy;
using KixWorks.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Data.SqlServer;

/// <summary>SQL Server, checked without a server (docs/adr/0010-sql-server-without-a-server.md). Owns the migrations in
/// this project's Migrations folder. The shared model is adjusted here, and only here, where SQL Server differs.</summary>
public sealed partial class SqlServerKixWorksDbContext(DbContextOptions<SqlServerKixWorksDbContext> options, ITenantContext tenant)
    : KixWorksDbContext(options, tenant)
{
    /// <summary>Case- and accent-sensitive, like PostgreSQL's and SQLite's default comparison.</summary>
    public const string CaseSensitiveCollation = "Latin1_General_100_CS_AS";

    // No UseCompatibilityLevel: from level 170 (and on Azure SQL) EF stores primitive collections as the json type,
    // which would be a different migration and needs a newer server.
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        QuoteFiltersWithBrackets(builder);
        ClusterByMunicipality(builder);
        MakeUniqueTextCaseSensitive(builder);
        // Multiple cascade paths (SQL Server refuses a table reachable from another by two ON DELETE CASCADE/SET NULL
        // paths): none in today's model. Participants fan out to their children, Intakes to HealthLimitations and
        // Trajectories to PhaseMoves, each by one path; every key to Municipalities and to users is Restrict except
        // Participants.ConsultantId (SET NULL), whose children point at users with Restrict only.
        // SqlServerScriptTests.No_table_is_reachable_by_two_cascading_paths checks this from the model.
    }

    /// <summary>Filters are written once for SQLite and PostgreSQL as <c>"Bsn" IS NOT NULL</c>; that is T-SQL only with
    /// QUOTED_IDENTIFIER ON, so SQL Server gets <c>[Bsn] IS NOT NULL</c>. The filter itself is required there too: SQL
    /// Server treats NULLs as equal in a unique index.</summary>
    private static void QuoteFiltersWithBrackets(ModelBuilder builder)
    {
        foreach (var index in builder.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()))
        {
            if (index.GetFilter() is { } filter)
                index.SetFilter(QuotedIdentifier().Replace(filter, "[$1]"));
        }
    }

    /// <summary>Ids are Guid v7 (time-ordered), but SQL Server sorts uniqueidentifier by its last bytes, so a clustered
    /// primary key on them would insert at random pages and fragment. Every primary key is therefore nonclustered; a
    /// gemeente's rows are clustered together instead: on the alternate key (MunicipalityId, Id) where the entity has one
    /// (the parents), else on the first unfiltered index that leads with MunicipalityId (SQL Server cannot cluster a
    /// filtered index). Tables without either stay heaps.</summary>
    private static void ClusterByMunicipality(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            entityType.FindPrimaryKey()?.SetIsClustered(false);
            if (!typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType)) continue;

            var municipalityAndId = entityType.GetKeys().FirstOrDefault(k => !k.IsPrimaryKey() &&
                k.Properties.Select(p => p.Name).SequenceEqual([nameof(ITenantOwned.MunicipalityId), "Id"]));
            if (municipalityAndId is not null)
            {
                municipalityAndId.SetIsClustered(true);
                continue;
            }
            entityType.GetIndexes().FirstOrDefault(i => i.Properties[0].Name == nameof(ITenantOwned.MunicipalityId) && i.GetFilter() is null)
                ?.SetIsClustered(true);
        }
    }

    /// <summary>SQL Server's default collation is case-insensitive, so a unique index on a name would refuse "Groep A" next
    /// to "groep a" on SQL Server only. Text in a unique index gets a case-sensitive collation, so SQL Server behaves like
    /// PostgreSQL and SQLite. Identity's Normalized* columns are upper-cased before they are stored: left alone.</summary>
    private static void MakeUniqueTextCaseSensitive(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes()
                     .SelectMany(t => t.GetIndexes()).Where(i => i.IsUnique)
                     .SelectMany(i => i.Properties)
                     .Where(p => p.ClrType == typeof(string) && !p.Name.StartsWith("Normalized", StringComparison.Ordinal))
                     .Distinct())
        {
            property.SetCollation(CaseSensitiveCollation);
        }
    }

    [GeneratedRegex("\"(\\w+)\"")]
    private static partial Regex QuotedIdentifier();
}
