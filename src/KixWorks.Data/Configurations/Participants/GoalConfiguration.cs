using KixWorks.Data.Tenancy;
using KixWorks.Domain.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Configurations.Participants;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.OwnWords).HasMaxLength(Goal.OwnWordsLength).IsRequired();
        builder.Property(g => g.SimpleWords).HasMaxLength(Goal.SimpleWordsLength);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(g => g.PlanWords);
        builder.HasParentInSameMunicipality<Goal, Participant>(g => g.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.MunicipalityId, g.ParticipantId, g.CreatedAt });
    }
}
