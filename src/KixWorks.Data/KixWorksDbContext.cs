using System.Reflection;
using KixWorks.Domain.Common;
using KixWorks.Domain.Groups;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Municipalities;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Data.Identity;
using KixWorks.Data.Tenancy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KixWorks.Data;

/// <summary>The one context, Identity included. Provider-specific subclasses only carry their own migrations.</summary>
public abstract class KixWorksDbContext : IdentityDbContext<AppUser, AppRole, Guid>
{
    /// <summary>The name of the query filter that hides other gemeenten' rows.</summary>
    public const string TenantFilter = "Tenant";

    private readonly ITenantContext _tenant;

    protected KixWorksDbContext(DbContextOptions options, ITenantContext tenant) : base(options)
    {
        _tenant = tenant;
    }

    /// <summary>Read per query, per instance. Guid.Empty (no gemeente) matches no row: the filter fails closed.</summary>
    public Guid CurrentMunicipalityId => _tenant.MunicipalityId ?? Guid.Empty;

    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Trajectory> Trajectories => Set<Trajectory>();
    public DbSet<PhaseMove> PhaseMoves => Set<PhaseMove>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<FileView> FileViews => Set<FileView>();
    public DbSet<ContactMoment> ContactMoments => Set<ContactMoment>();
    public DbSet<Intake> Intakes => Set<Intake>();
    public DbSet<HealthLimitations> HealthLimitations => Set<HealthLimitations>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<UserMunicipality> UserMunicipalities => Set<UserMunicipality>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KixWorksDbContext).Assembly);

        var applyTenantRules = typeof(KixWorksDbContext).GetMethod(nameof(ApplyTenantRules), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            applyTenantRules.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
        }
        RequireSameMunicipalityForeignKeys(builder.Model);
    }

    /// <summary>A foreign key from one gemeente's row to another's must carry the gemeente on both sides
    /// (<see cref="SameMunicipality"/>); a key on the parent id alone would let the database accept a cross-gemeente child.</summary>
    private static void RequireSameMunicipalityForeignKeys(IMutableModel model)
    {
        foreach (var foreignKey in model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()))
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(foreignKey.DeclaringEntityType.ClrType) ||
                !typeof(ITenantOwned).IsAssignableFrom(foreignKey.PrincipalEntityType.ClrType))
                continue;
            if (foreignKey.Properties[0].Name != nameof(ITenantOwned.MunicipalityId) ||
                foreignKey.PrincipalKey.Properties[0].Name != nameof(ITenantOwned.MunicipalityId))
                throw new InvalidOperationException(
                    $"{foreignKey.DeclaringEntityType.ClrType.Name} → {foreignKey.PrincipalEntityType.ClrType.Name}: map it with HasParentInSameMunicipality (the key must lead with MunicipalityId).");
        }
    }

    private void ApplyTenantRules<T>(ModelBuilder builder) where T : class, ITenantOwned
    {
        var entity = builder.Entity<T>();
        entity.HasQueryFilter(TenantFilter, e => e.MunicipalityId == CurrentMunicipalityId);
        // A concurrency token puts the gemeente in every UPDATE and DELETE's WHERE clause, so even a
        // hand-made stub entity with a guessed id cannot touch another gemeente's row.
        entity.Property(e => e.MunicipalityId).IsConcurrencyToken();
        entity.HasOne<Municipality>().WithMany().HasForeignKey(e => e.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenantAndStampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenantAndStampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardTenantAndStampVersions()
    {
        var current = CurrentMunicipalityId;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ITenantOwned && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                if (current == Guid.Empty)
                    throw new TenantViolationException($"Schrijven naar {entry.Metadata.ClrType.Name} zonder actieve gemeente.");
                var municipality = entry.Property(nameof(ITenantOwned.MunicipalityId));
                if (entry.State == EntityState.Added && (Guid)municipality.CurrentValue! == Guid.Empty)
                    municipality.CurrentValue = current;
                var original = entry.State == EntityState.Added ? (Guid)municipality.CurrentValue! : (Guid)municipality.OriginalValue!;
                if (original != current || (Guid)municipality.CurrentValue! != current)
                    throw new TenantViolationException($"{entry.Metadata.ClrType.Name} hoort bij een andere gemeente.");
            }

            if (entry is { Entity: IVersioned versioned, State: EntityState.Modified })
                versioned.Version++;
        }
    }
}
