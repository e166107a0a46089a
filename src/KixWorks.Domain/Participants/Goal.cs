using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

public enum GoalStatus { Open, InProgress, Achieved, Stopped }

/// <summary>Something the participant wants to reach, in their own words ("de klant is de expert van zijn eigen
/// leven"), optionally reworded in simple language (B1/A2) for the printable plan.</summary>
public sealed class Goal : ITenantOwned
{
    public const int OwnWordsLength = 500;
    public const int SimpleWordsLength = 300;

    private Goal() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid ParticipantId { get; private set; }
    public string OwnWords { get; private set; } = "";
    public string? SimpleWords { get; private set; }
    public GoalStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>What the printable plan shows: the simple wording, or the participant's own words.</summary>
    public string PlanWords => SimpleWords ?? OwnWords;

    /// <summary>The intake form calls this too (Goal.Add(participantId, text, null, now)): keep the signature.</summary>
    public static Goal Add(Guid participantId, string ownWords, string? simpleWords, DateTimeOffset at)
    {
        if (participantId == Guid.Empty) throw new DomainException("Een doel hoort bij een deelnemer.");
        var goal = new Goal { Id = Guid.CreateVersion7(), ParticipantId = participantId, Status = GoalStatus.Open, CreatedAt = at, StatusChangedAt = at };
        goal.Reword(ownWords, simpleWords);
        return goal;
    }

    public void Reword(string ownWords, string? simpleWords)
    {
        var own = ownWords?.Trim();
        if (string.IsNullOrEmpty(own)) throw new DomainException("Schrijf het doel op in de woorden van de deelnemer.");
        if (own.Length > OwnWordsLength) throw new DomainException($"Het doel mag hoogstens {OwnWordsLength} tekens lang zijn.");
        var simple = string.IsNullOrWhiteSpace(simpleWords) ? null : simpleWords.Trim();
        if (simple is { Length: > SimpleWordsLength }) throw new DomainException($"Het doel in eenvoudige woorden mag hoogstens {SimpleWordsLength} tekens lang zijn.");
        OwnWords = own;
        SimpleWords = simple;
    }

    /// <summary>Choosing the status it already has changes nothing (not even the date of the last change).</summary>
    public void ChangeStatus(GoalStatus status, DateTimeOffset at)
    {
        if (!Enum.IsDefined(status)) throw new DomainException("Kies een status uit de lijst.");
        if (status == Status) return;
        Status = status;
        StatusChangedAt = at;
    }
}
