using KixWorks.Domain.Common;
using KixWorks.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Trajectories;

internal sealed class PhaseMoveConfiguration : IEntityTypeConfiguration<PhaseMove>
{
    public void Configure(EntityTypeBuilder<PhaseMove> builder)
    {
        builder.HasKey(m => m.Id);
        // Ids come from the domain (Guid v7). Not "generated": a new child reached through a navigation is then an INSERT, not an UPDATE.
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Reason).HasMaxLength(Limits.ReasonLength);
        builder.HasIndex(m => new { m.MunicipalityId, m.TrajectoryId, m.At });
    }
}
