namespace KixWorks.Domain.Participants;

/// <summary>Who a participant is, as the consultant records it. The BSN is not here: it is set apart
/// (<see cref="Participant.ChangeBsn"/>), because an edit form never sends the stored one back.</summary>
public sealed record PersonalDetails(
    string GivenName,
    string? FamilyNamePrefix,
    string FamilyName,
    DateOnly DateOfBirth,
    string? Phone,
    string? Email,
    TargetGroup TargetGroup,
    IReadOnlyList<string> PreferredLanguages,
    Address? Address = null,
    string? ClientNumber = null);
