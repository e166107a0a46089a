using KixWorks.Domain.Common;
using KixWorks.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Municipalities;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasKey(m => m.Id);
        // Ids come from the domain (Guid v7). Not "generated": a new child reached through a navigation is then an INSERT, not an UPDATE.
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Name).HasMaxLength(Limits.MunicipalityNameLength).IsRequired();
        builder.Property(m => m.CbsCode).HasMaxLength(Limits.CbsCodeLength).IsRequired();
        builder.HasIndex(m => m.CbsCode).IsUnique();
        builder.Property(m => m.Lifecycle).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.PrimaryColour).HasMaxLength(7);
        builder.Property(m => m.LogoContentType).HasMaxLength(20);
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}
