namespace KixWorks.Domain.Participants;

public enum ParticipantStatus
{
    Active,
    Archived,
}
