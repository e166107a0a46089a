using KixWorks.Domain.Common;
using KixWorks.Domain.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Groups;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.HasKey(g => g.Id);
        // Ids come from the domain (Guid v7). Not "generated": a new child reached through a navigation is then an INSERT, not an UPDATE.
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Name).HasMaxLength(Limits.GroupNameLength).IsRequired();
        builder.Property(g => g.Version).IsConcurrencyToken();
        // Group names are unique within a gemeente, never across gemeenten.
        builder.HasIndex(g => new { g.MunicipalityId, g.Name }).IsUnique();
    }
}
