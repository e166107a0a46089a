using KixWorks.Data.Tenancy;
using KixWorks.Domain.Participants;
using KixWorks.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Participants;

internal sealed class FileViewConfiguration : IEntityTypeConfiguration<FileView>
{
    public void Configure(EntityTypeBuilder<FileView> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Part).HasConversion<string>().HasMaxLength(30);
        builder.HasParentInSameMunicipality<FileView, Participant>(v => v.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.MunicipalityId, v.ParticipantId, v.At });
    }
}
