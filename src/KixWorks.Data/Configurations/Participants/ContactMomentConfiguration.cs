using KixWorks.Data.Tenancy;
using KixWorks.Domain.Participants;
using KixWorks.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Participants;

internal sealed class ContactMomentConfiguration : IEntityTypeConfiguration<ContactMoment>
{
    public void Configure(EntityTypeBuilder<ContactMoment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(ContactMoment.NoteLength);
        builder.HasParentInSameMunicipality<ContactMoment, Participant>(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ConsultantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MunicipalityId, c.ParticipantId, c.On });
    }
}
