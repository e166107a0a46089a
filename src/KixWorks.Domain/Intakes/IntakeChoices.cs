namespace KixWorks.Domain.Intakes;

/// <summary>Inburgering under the Wet inburgering 2021: the learning route a newcomer follows.</summary>
public enum InburgeringRoute { B1Route, EducationRoute, ZRoute, NotObliged, Unknown }

/// <summary>Where someone stands with the taaleis or the KNM exam (Kennis van de Nederlandse Maatschappij).</summary>
public enum ExamStatus { NotStarted, InProgress, Passed, Exempt }

/// <summary>Dutch language level on the CEFR scale, as far as known.</summary>
public enum LanguageLevel { BelowA1, A1, A2, B1, B2, C1 }

/// <summary>What the participant wants to flow out to (mirrors the CBS outflow situations).</summary>
public enum OutflowWish { PaidWork, Education, VolunteerWork, DailyStructure }

/// <summary>The Participatieladder: 1 isolated … 6 paid work.</summary>
public enum ParticipationRung
{
    Isolated = 1,
    SocialContacts = 2,
    OrganisedActivities = 3,
    UnpaidWork = 4,
    PaidWorkWithSupport = 5,
    PaidWork = 6,
}

/// <summary>How often consultant and participant agreed to be in contact.</summary>
public enum ContactFrequency { Weekly, EveryTwoWeeks, EveryFourWeeks, EveryEightWeeks }

public static class ContactFrequencyDays
{
    public static int Days(this ContactFrequency frequency) => frequency switch
    {
        ContactFrequency.Weekly => 7,
        ContactFrequency.EveryTwoWeeks => 14,
        ContactFrequency.EveryFourWeeks => 28,
        ContactFrequency.EveryEightWeeks => 56,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };
}
