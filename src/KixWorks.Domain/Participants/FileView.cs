using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

/// <summary>One view of a participant's file: who, when, which file, which part. Append-only (AVG/GDPR
/// accountability); the viewer for it comes later.</summary>
public sealed class FileView : ITenantOwned
{
    private FileView() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid ParticipantId { get; private set; }
    public Guid UserId { get; private set; }
    public FilePart Part { get; private set; }
    public DateTimeOffset At { get; private set; }

    public static FileView Record(Guid participantId, Guid userId, FilePart part, DateTimeOffset at)
    {
        if (participantId == Guid.Empty || userId == Guid.Empty) throw new DomainException("Een inzage hoort bij een deelnemer en een gebruiker.");
        return new FileView { Id = Guid.CreateVersion7(), ParticipantId = participantId, UserId = userId, Part = part, At = at };
    }
}
