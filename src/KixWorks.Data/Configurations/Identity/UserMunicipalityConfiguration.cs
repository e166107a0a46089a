using KixWorks.Domain.Municipalities;
using KixWorks.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Identity;

internal sealed class UserMunicipalityConfiguration : IEntityTypeConfiguration<UserMunicipality>
{
    public void Configure(EntityTypeBuilder<UserMunicipality> builder)
    {
        builder.HasKey(um => new { um.UserId, um.MunicipalityId });
        builder.HasIndex(um => um.MunicipalityId);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(um => um.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
