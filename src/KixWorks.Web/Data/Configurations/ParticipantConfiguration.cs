using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Web.Data.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.HasKey(p => p.Id);
        // Ids come from the domain (Guid v7). Not "generated": a new child reached through a navigation is then an INSERT, not an UPDATE.
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.GivenName).HasMaxLength(Limits.NameLength).IsRequired();
        builder.Property(p => p.FamilyNamePrefix).HasMaxLength(Limits.NamePrefixLength);
        builder.Property(p => p.FamilyName).HasMaxLength(Limits.NameLength).IsRequired();
        builder.Property(p => p.SearchName).HasMaxLength(Limits.NameLength * 2 + Limits.NamePrefixLength + 2).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(Limits.PhoneLength);
        builder.Property(p => p.Email).HasMaxLength(Limits.EmailLength);
        builder.PrimitiveCollection(p => p.PreferredLanguages).ElementType(e => e.HasMaxLength(Limits.LanguageCodeLength));
        builder.Property(p => p.TargetGroup).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.FullName);
        // The list sorts on family name (without tussenvoegsel) within a gemeente.
        builder.HasIndex(p => new { p.MunicipalityId, p.FamilyName, p.GivenName });
        // "Mijn deelnemers": a consultant's caseload within a gemeente.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.ConsultantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.MunicipalityId, p.ConsultantId });
    }
}
