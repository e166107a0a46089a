using KixWorks.Domain.Intakes;

namespace KixWorks.Domain.Participants;

/// <summary>When the next contact is due: the agreed frequency counted from the last contact, or from the
/// intake that made the agreement when that was later (the intake conversation is itself a contact).</summary>
public static class ContactAgreement
{
    public static DateOnly NextContact(DateOnly? lastContact, DateOnly agreedOn, ContactFrequency frequency) =>
        (lastContact is { } last && last > agreedOn ? last : agreedOn).AddDays(frequency.Days());
}
