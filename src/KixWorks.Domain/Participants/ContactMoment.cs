using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

public enum ContactChannel { WhatsApp, Phone, HomeVisit, Office, Email }

/// <summary>One contact between a consultant and a participant: when, how, and an optional short note.</summary>
public sealed class ContactMoment : ITenantOwned
{
    public const int NoteLength = 1000;

    private ContactMoment() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid ParticipantId { get; private set; }
    /// <summary>The user id of the consultant who had the contact.</summary>
    public Guid ConsultantId { get; private set; }
    public DateOnly On { get; private set; }
    public ContactChannel Channel { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <param name="today">Today in Dutch local time: a contact cannot have happened later.</param>
    public static ContactMoment Record(Guid participantId, Guid consultantId, DateOnly on, ContactChannel channel, string? note, DateOnly today, DateTimeOffset at)
    {
        if (participantId == Guid.Empty || consultantId == Guid.Empty) throw new DomainException("Een contactmoment hoort bij een deelnemer en een consultant.");
        if (on > today) throw new DomainException("De datum van het contact ligt in de toekomst.");
        if (!Enum.IsDefined(channel)) throw new DomainException("Kies hoe het contact was.");
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > NoteLength }) throw new DomainException($"De notitie mag hoogstens {NoteLength} tekens lang zijn.");
        return new ContactMoment
        {
            Id = Guid.CreateVersion7(), ParticipantId = participantId, ConsultantId = consultantId,
            On = on, Channel = channel, Note = trimmed, RecordedAt = at,
        };
    }
}
