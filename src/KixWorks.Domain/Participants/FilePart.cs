namespace KixWorks.Domain.Participants;

/// <summary>Which part of a participant's file someone opened (for the access log).</summary>
public enum FilePart
{
    Overview,
    PersonalDetailsForm,
    Intake,
    HealthLimitations,
    /// <summary>The printable plan ("Mijn plan"): goals and the responsible consultant.</summary>
    Plan,
}
