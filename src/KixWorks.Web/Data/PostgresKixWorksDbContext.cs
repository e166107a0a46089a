using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Data;

/// <summary>The server database. Owns the migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresKixWorksDbContext(DbContextOptions<PostgresKixWorksDbContext> options, ITenantContext tenant)
    : KixWorksDbContext(options, tenant);
