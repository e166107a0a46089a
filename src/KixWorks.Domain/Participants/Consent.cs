using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

/// <summary>What a participant's data may be shared for. Storage itself rests on the gemeente's public task,
/// not on consent; consent is asked only where data leaves the gemeente's hands.</summary>
public enum ConsentPurpose { ShareWithBuddy, ShareWithEmployer, PhotosAtEvents }

/// <summary>A refusal is recorded too: "asked and said no" is different from "never asked".</summary>
public enum ConsentAnswer { Given, Refused }

/// <summary>One recorded answer of a participant to one consent purpose. Records are never deleted: a withdrawal
/// is stamped on the record, a new answer is a new record, and the latest record is the current state.</summary>
public sealed class Consent : ITenantOwned
{
    private Consent() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid ParticipantId { get; private set; }
    public ConsentPurpose Purpose { get; private set; }
    public ConsentAnswer Answer { get; private set; }
    /// <summary>The day the participant answered.</summary>
    public DateOnly On { get; private set; }
    /// <summary>The user id of whoever recorded the answer.</summary>
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateOnly? WithdrawnOn { get; private set; }
    public Guid? WithdrawnBy { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsWithdrawn => WithdrawnOn is not null;

    /// <summary>True only for a consent that was given and not withdrawn.</summary>
    public bool IsActive => Answer == ConsentAnswer.Given && !IsWithdrawn;

    /// <param name="today">Today in Dutch local time: an answer cannot have been given later.</param>
    public static Consent Record(Guid participantId, ConsentPurpose purpose, ConsentAnswer answer, DateOnly on, Guid recordedBy, DateOnly today, DateTimeOffset at)
    {
        if (participantId == Guid.Empty || recordedBy == Guid.Empty) throw new DomainException("Een toestemming hoort bij een deelnemer en een gebruiker.");
        if (!Enum.IsDefined(purpose)) throw new DomainException("Kies waarvoor de toestemming is.");
        if (!Enum.IsDefined(answer)) throw new DomainException("Kies het antwoord van de deelnemer.");
        if (on > today) throw new DomainException("De datum van de toestemming ligt in de toekomst.");
        return new Consent
        {
            Id = Guid.CreateVersion7(), ParticipantId = participantId, Purpose = purpose, Answer = answer,
            On = on, RecordedBy = recordedBy, RecordedAt = at,
        };
    }

    /// <summary>The participant takes back a consent they gave. The record stays, with who and when.</summary>
    public void Withdraw(DateOnly on, Guid withdrawnBy, DateTimeOffset at)
    {
        if (withdrawnBy == Guid.Empty) throw new DomainException("Een intrekking hoort bij een gebruiker.");
        if (Answer != ConsentAnswer.Given) throw new DomainException("Alleen een gegeven toestemming kan worden ingetrokken.");
        if (IsWithdrawn) throw new DomainException("Deze toestemming is al ingetrokken.");
        if (on < On) throw new DomainException("Een toestemming kan niet worden ingetrokken vóór de datum waarop zij is gegeven.");
        WithdrawnOn = on;
        WithdrawnBy = withdrawnBy;
        WithdrawnAt = at;
    }

    /// <summary>The current state for a purpose: the latest record (by answer date, then by when it was recorded),
    /// or null when nothing was ever recorded.</summary>
    public static Consent? Current(IEnumerable<Consent> records, ConsentPurpose purpose) =>
        records.Where(c => c.Purpose == purpose).OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt).FirstOrDefault();
}
