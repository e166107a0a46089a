using KixWorks.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Data.Postgres;

/// <summary>The tested server database and the scale-out path. Owns the migrations in this project's Migrations folder.</summary>
public sealed class PostgresKixWorksDbContext(DbContextOptions<PostgresKixWorksDbContext> options, ITenantContext tenant)
    : KixWorksDbContext(options, tenant);
