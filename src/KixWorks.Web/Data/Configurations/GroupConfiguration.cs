using KixWorks.Domain.Common;
using KixWorks.Domain.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Web.Data.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Name).HasMaxLength(Limits.GroupNameLength).IsRequired();
        builder.Property(g => g.Version).IsConcurrencyToken();
        // Group names are unique within a gemeente, never across gemeenten.
        builder.HasIndex(g => new { g.MunicipalityId, g.Name }).IsUnique();
    }
}
