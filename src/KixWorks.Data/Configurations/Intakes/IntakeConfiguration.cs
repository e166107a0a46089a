using KixWorks.Data.Tenancy;
using System.Text.Json;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;
using KixWorks.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Intakes;

internal sealed class IntakeConfiguration : IEntityTypeConfiguration<Intake>
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Intake> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsCompleted);
        builder.Ignore(i => i.FirstUnsavedStep);
        builder.PrimitiveCollection(i => i.StepRevisions);
        foreach (var text in new[] { nameof(Intake.Story), nameof(Intake.Background), nameof(Intake.Talents), nameof(Intake.WorkExperience),
                     nameof(Intake.Education), nameof(Intake.Diplomas), nameof(Intake.ChangeTalk), nameof(Intake.WorkConsequences) })
        {
            builder.Property<string?>(text).HasMaxLength(Intake.TextLength);
        }
        builder.Property(i => i.Route).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.LanguageRequirement).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Knm).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.DutchLevel).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.OutflowWish).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Rung).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.PreferredChannel).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ContactFrequency).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(i => i.DiscussedCharacteristics).ElementType(e => e.HasConversion<string>());
        // Barriers are read and written only as a whole with their intake: one JSON text column on every provider.
        builder.Property(i => i.Barriers).HasConversion(
            barriers => JsonSerializer.Serialize(barriers, Json),
            json => JsonSerializer.Deserialize<List<IntakeBarrier>>(json, Json) ?? new List<IntakeBarrier>(),
            new ValueComparer<List<IntakeBarrier>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (h, b) => HashCode.Combine(h, b)), list => list.ToList()));
        builder.HasParentInSameMunicipality<Intake, Participant>(i => i.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.StartedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.CompletedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.MunicipalityId, i.ParticipantId, i.Number }).IsUnique();
    }
}
