using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;
using KixWorks.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Participants;

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
        builder.Property(p => p.Street).HasMaxLength(Limits.StreetLength);
        builder.Property(p => p.HouseNumberAddition).HasMaxLength(Limits.HouseNumberAdditionLength);
        builder.Property(p => p.Postcode).HasMaxLength(Limits.PostcodeLength);
        builder.Property(p => p.City).HasMaxLength(Limits.CityLength);
        builder.Property(p => p.Bsn).HasMaxLength(Bsn.Length);
        builder.Property(p => p.ClientNumber).HasMaxLength(Limits.ClientNumberLength);
        builder.Ignore(p => p.FullName);
        builder.Ignore(p => p.Address);
        // One BSN per person within a gemeente (the same person may be known to two gemeenten). Partial, so
        // participants without a BSN do not collide; SQLite and PostgreSQL both quote identifiers with "".
        builder.HasIndex(p => new { p.MunicipalityId, p.Bsn }).IsUnique().HasFilter("\"Bsn\" IS NOT NULL");
        // The list search finds a klantnummer by exact match.
        builder.HasIndex(p => new { p.MunicipalityId, p.ClientNumber });
        // The list sorts on family name (without tussenvoegsel) within a gemeente.
        builder.HasIndex(p => new { p.MunicipalityId, p.FamilyName, p.GivenName });
        // "Mijn deelnemers": a consultant's caseload within a gemeente.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.ConsultantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.MunicipalityId, p.ConsultantId });
    }
}
