using KixWorks.Domain.Common;

namespace KixWorks.Domain.Participants;

/// <summary>The gemeente's klantnummer: optional, up to 30 letters, digits or dashes.</summary>
public static class ClientNumbers
{
    public static bool IsValid(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || value.Trim() is { Length: <= Limits.ClientNumberLength } trimmed && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>Trimmed, or null when empty; throws when it breaks the rule.</summary>
    public static string? Clean(string? value)
    {
        if (!IsValid(value)) throw new DomainException($"Het klantnummer bestaat uit hoogstens {Limits.ClientNumberLength} letters, cijfers of streepjes.");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
