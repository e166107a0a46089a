using KixWorks.Data.Tenancy;
using KixWorks.Domain.Intakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Intakes;

internal sealed class HealthLimitationsConfiguration : IEntityTypeConfiguration<HealthLimitations>
{
    public void Configure(EntityTypeBuilder<HealthLimitations> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Limitations).HasMaxLength(Intake.TextLength);
        builder.Property(h => h.Adjustments).HasMaxLength(Intake.TextLength);
        builder.HasOwnerInSameMunicipality<HealthLimitations, Intake>(h => h.IntakeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.MunicipalityId, h.IntakeId }).IsUnique();
    }
}
