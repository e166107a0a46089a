using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;

namespace KixWorks.Domain.Intakes;

/// <summary>One intake conversation with a participant, held over one or more sittings and saved per step.
/// A re-intake is a new Intake with the next number: earlier ones are never overwritten.
/// Health limitations live apart (<see cref="HealthLimitations"/>) behind their own policy.</summary>
public sealed class Intake : ITenantOwned, IVersioned
{
    public const int TextLength = 4000;
    public const int StepCount = 7;

    private Intake() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid ParticipantId { get; private set; }
    /// <summary>1 for the first intake, 2 for the first re-intake, …</summary>
    public int Number { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public Guid StartedBy { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public Guid? CompletedBy { get; private set; }
    /// <summary>Per step (index = step - 1) how often it was saved: 0 is "not yet". A form carries the revision it
    /// was loaded with, so a colleague's save of the same step in between is noticed instead of overwritten.</summary>
    public List<int> StepRevisions { get; private set; } = [];
    public int Version { get; set; }

    public string? Story { get; private set; }
    public string? Background { get; private set; }
    public InburgeringRoute? Route { get; private set; }
    public ExamStatus? LanguageRequirement { get; private set; }
    public ExamStatus? Knm { get; private set; }
    public LanguageLevel? DutchLevel { get; private set; }

    public string? Talents { get; private set; }
    public string? WorkExperience { get; private set; }
    public string? Education { get; private set; }
    public string? Diplomas { get; private set; }

    public string? ChangeTalk { get; private set; }
    public OutflowWish? OutflowWish { get; private set; }

    public List<IntakeBarrier> Barriers { get; private set; } = [];

    public List<DiversityCharacteristic> DiscussedCharacteristics { get; private set; } = [];
    public string? WorkConsequences { get; private set; }

    public ParticipationRung? Rung { get; private set; }
    public ContactChannel? PreferredChannel { get; private set; }
    public ContactFrequency? ContactFrequency { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    /// <summary>Starts intake <paramref name="number"/>. A re-intake starts from the answers of the one before,
    /// so the consultant updates rather than retypes; every step still has to be gone through and saved.</summary>
    public static Intake Start(Guid participantId, int number, Guid startedBy, DateTimeOffset at, Intake? previous = null)
    {
        if (participantId == Guid.Empty || startedBy == Guid.Empty) throw new DomainException("Een intake hoort bij een deelnemer en een consultant.");
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (previous is { IsCompleted: false }) throw new DomainException("Rond eerst de lopende intake af.");
        var intake = new Intake
        {
            Id = Guid.CreateVersion7(), ParticipantId = participantId, Number = number, StartedBy = startedBy, StartedAt = at,
            StepRevisions = [.. new int[StepCount]],
        };
        if (previous is not null) intake.CopyAnswersFrom(previous);
        return intake;
    }

    public int Revision(IntakeStep step) => StepRevisions[(int)step - 1];

    public bool IsSaved(IntakeStep step) => Revision(step) > 0;

    /// <summary>The first step not yet saved, or null when every step is.</summary>
    public IntakeStep? FirstUnsavedStep => FirstUnsaved(StepRevisions);

    /// <summary>The same, from the revisions alone (for a list read without the answers).</summary>
    public static IntakeStep? FirstUnsaved(IReadOnlyList<int> stepRevisions) =>
        stepRevisions.Select((revision, index) => (revision, index)).Where(r => r.revision == 0).Select(r => (IntakeStep?)(r.index + 1)).FirstOrDefault();

    public void Save(WhoYouAre answers)
    {
        EnsureOpen();
        Story = Limit(answers.Story);
        Background = Limit(answers.Background);
        Route = Defined(answers.Route);
        LanguageRequirement = Defined(answers.LanguageRequirement);
        Knm = Defined(answers.Knm);
        DutchLevel = Defined(answers.DutchLevel);
        MarkSaved(IntakeStep.WhoYouAre);
    }

    public void Save(WhatYouCan answers)
    {
        EnsureOpen();
        Talents = Limit(answers.Talents);
        WorkExperience = Limit(answers.WorkExperience);
        Education = Limit(answers.Education);
        Diplomas = Limit(answers.Diplomas);
        MarkSaved(IntakeStep.WhatYouCan);
    }

    public void Save(WhatYouWant answers)
    {
        EnsureOpen();
        ChangeTalk = Limit(answers.ChangeTalk);
        OutflowWish = Defined(answers.OutflowWish);
        MarkSaved(IntakeStep.WhatYouWant);
    }

    public void Save(IReadOnlyList<IntakeBarrier> barriers)
    {
        EnsureOpen();
        var cleaned = new List<IntakeBarrier>();
        foreach (var barrier in barriers)
        {
            if (!Enum.IsDefined(barrier.Kind)) throw new DomainException("Kies een belemmering uit de lijst.");
            if (cleaned.Any(b => b.Kind == barrier.Kind)) throw new DomainException("Elke belemmering staat maar één keer in de lijst.");
            var action = Limit(barrier.Action) ?? throw new DomainException("Vul bij elke belemmering een actie of doorverwijzing in.");
            var note = Limit(barrier.Note);
            if (barrier.Kind == BarrierKind.Other && note is null) throw new DomainException("Beschrijf de andere belemmering.");
            cleaned.Add(new IntakeBarrier(barrier.Kind, note, action));
        }
        Barriers = cleaned;
        MarkSaved(IntakeStep.Barriers);
    }

    public void Save(DiversityConversation answers)
    {
        EnsureOpen();
        if (answers.Discussed.Any(c => !Enum.IsDefined(c))) throw new DomainException("Kies kenmerken uit de lijst.");
        DiscussedCharacteristics = answers.Discussed.Distinct().Order().ToList();
        WorkConsequences = Limit(answers.WorkConsequences);
        MarkSaved(IntakeStep.Diversity);
    }

    /// <summary>Step 6 itself is written to <see cref="HealthLimitations"/>; the intake only notes that it was saved.</summary>
    public void SaveHealth(HealthLimitations health, string? limitations, string? adjustments)
    {
        EnsureOpen();
        if (health.IntakeId != Id) throw new InvalidOperationException("Health limitations of another intake.");
        health.Update(limitations, adjustments);
        MarkSaved(IntakeStep.Health);
    }

    public void Save(LadderAndContact answers)
    {
        EnsureOpen();
        if (!Enum.IsDefined(answers.Rung)) throw new DomainException("Kies een trede van de participatieladder (1 tot en met 6).");
        if (!Enum.IsDefined(answers.PreferredChannel)) throw new DomainException("Kies hoe de deelnemer het liefst contact heeft.");
        if (!Enum.IsDefined(answers.Frequency)) throw new DomainException("Kies hoe vaak jullie contact hebben.");
        Rung = answers.Rung;
        PreferredChannel = answers.PreferredChannel;
        ContactFrequency = answers.Frequency;
        MarkSaved(IntakeStep.LadderAndContact);
    }

    public void Complete(Guid by, DateTimeOffset at)
    {
        EnsureOpen();
        if (FirstUnsavedStep is not null) throw new DomainException("Sla eerst alle stappen van de intake op.");
        CompletedAt = at;
        CompletedBy = by;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Limit(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned is { Length: > TextLength }) throw new DomainException($"Een antwoord mag hoogstens {TextLength} tekens lang zijn.");
        return cleaned;
    }

    private static T? Defined<T>(T? value) where T : struct, Enum =>
        value is { } v && !Enum.IsDefined(v) ? throw new DomainException("Kies een waarde uit de lijst.") : value;

    private void EnsureOpen()
    {
        if (IsCompleted) throw new DomainException("Deze intake is afgerond. Start een herintake om iets te veranderen.");
    }

    private void MarkSaved(IntakeStep step)
    {
        // A new list, so the change tracker sees the primitive collection change.
        var revisions = StepRevisions.ToList();
        revisions[(int)step - 1]++;
        StepRevisions = revisions;
    }

    private void CopyAnswersFrom(Intake previous)
    {
        (Story, Background, Route, LanguageRequirement, Knm, DutchLevel) =
            (previous.Story, previous.Background, previous.Route, previous.LanguageRequirement, previous.Knm, previous.DutchLevel);
        (Talents, WorkExperience, Education, Diplomas) = (previous.Talents, previous.WorkExperience, previous.Education, previous.Diplomas);
        (ChangeTalk, OutflowWish) = (previous.ChangeTalk, previous.OutflowWish);
        Barriers = [.. previous.Barriers];
        (DiscussedCharacteristics, WorkConsequences) = ([.. previous.DiscussedCharacteristics], previous.WorkConsequences);
        (Rung, PreferredChannel, ContactFrequency) = (previous.Rung, previous.PreferredChannel, previous.ContactFrequency);
    }
}
