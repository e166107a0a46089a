using KixWorks.Data.Tenancy;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Trajectories;

internal sealed class TrajectoryConfiguration : IEntityTypeConfiguration<Trajectory>
{
    public void Configure(EntityTypeBuilder<Trajectory> builder)
    {
        builder.HasKey(t => t.Id);
        // Ids come from the domain (Guid v7). Not "generated": a new child reached through a navigation is then an INSERT, not an UPDATE.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.PausedFrom).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsEnded);
        builder.HasParentInSameMunicipality<Trajectory, Participant>(t => t.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Moves).WithOne()
            .HasForeignKey(m => new { m.MunicipalityId, m.TrajectoryId }).HasPrincipalKey(t => new { t.MunicipalityId, t.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Moves).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(t => new { t.MunicipalityId, t.ParticipantId, t.Episode }).IsUnique();
    }
}
