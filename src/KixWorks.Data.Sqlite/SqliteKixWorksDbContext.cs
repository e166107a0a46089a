using KixWorks.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KixWorks.Data.Sqlite;

/// <summary>The embedded default. Owns the migrations in this project's Migrations folder.</summary>
public sealed class SqliteKixWorksDbContext(DbContextOptions<SqliteKixWorksDbContext> options, ITenantContext tenant)
    : KixWorksDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot order TEXT offsets; all our instants are UTC
        // (TimeProvider.GetUtcNow), stored as sortable integers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
