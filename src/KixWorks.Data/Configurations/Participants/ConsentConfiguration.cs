using KixWorks.Data.Tenancy;
using KixWorks.Domain.Participants;
using KixWorks.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Participants;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Answer).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.IsWithdrawn);
        builder.Ignore(c => c.IsActive);
        builder.HasParentInSameMunicipality<Consent, Participant>(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.WithdrawnBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MunicipalityId, c.ParticipantId, c.Purpose, c.On });
    }
}
