namespace KixWorks.Data.Identity;

/// <summary>Assigns a user to a gemeente. Authorisation data, read at sign-in before any gemeente is active,
/// so it is deliberately not tenant-filtered (ADR 0002); handlers filter it on the active gemeente explicitly.</summary>
public sealed class UserMunicipality
{
    public Guid UserId { get; set; }
    public Guid MunicipalityId { get; set; }
}
