using KixWorks.Domain.Common;

namespace KixWorks.Domain.Intakes;

/// <summary>Work-relevant health limitations recorded in an intake. Kept in its own table and behind its own
/// policy: only consultants open it, and every view is logged. No diagnoses, only what matters for work.</summary>
public sealed class HealthLimitations : ITenantOwned
{
    private HealthLimitations() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid IntakeId { get; private set; }
    public Guid ParticipantId { get; private set; }
    /// <summary>What the participant cannot do, or only with limits (e.g. "kan niet lang staan").</summary>
    public string? Limitations { get; private set; }
    /// <summary>What helps at work (e.g. "zittend werk, pauze elke twee uur").</summary>
    public string? Adjustments { get; private set; }

    public static HealthLimitations For(Intake intake) =>
        new() { Id = Guid.CreateVersion7(), IntakeId = intake.Id, ParticipantId = intake.ParticipantId };

    public void Update(string? limitations, string? adjustments)
    {
        Limitations = Intake.Clean(limitations);
        Adjustments = Intake.Clean(adjustments);
        if (Limitations is { Length: > Intake.TextLength } || Adjustments is { Length: > Intake.TextLength })
            throw new DomainException($"Een antwoord mag hoogstens {Intake.TextLength} tekens lang zijn.");
    }
}
