using KixWorks.Domain.Common;
using KixWorks.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Identity;

internal sealed class UserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.PreferredLanguage).HasMaxLength(5);
        builder.Property(u => u.DisplayName).HasMaxLength(Limits.NameLength * 2).IsRequired();
        builder.HasMany(u => u.Municipalities).WithOne().HasForeignKey(um => um.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
