namespace KixWorks.Domain.Participants;

/// <summary>Who a participant is, as the consultant records it.</summary>
public sealed record PersonalDetails(
    string GivenName,
    string? FamilyNamePrefix,
    string FamilyName,
    DateOnly DateOfBirth,
    string? Phone,
    string? Email,
    TargetGroup TargetGroup,
    IReadOnlyList<string> PreferredLanguages);
