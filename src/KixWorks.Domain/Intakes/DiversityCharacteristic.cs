namespace KixWorks.Domain.Intakes;

/// <summary>The twelve strands of Movisie's diversiteitsvlechtwerk, used as a conversation guide.
/// The intake records only that a strand was discussed, never the person's fact itself
/// (religion, ethnicity, orientation are special-category data and are not stored).</summary>
public enum DiversityCharacteristic
{
    Age,
    Gender,
    SexualOrientation,
    Ethnicity,
    Nationality,
    ReligionOrBelief,
    SocioCulturalBackground,
    FinancialSituation,
    Education,
    HealthAndAbility,
    FamilySituation,
    Language,
}
