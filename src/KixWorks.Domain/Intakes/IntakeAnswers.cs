using KixWorks.Domain.Participants;

namespace KixWorks.Domain.Intakes;

/// <summary>Step 1: the person's story and where they stand with inburgering.</summary>
public sealed record WhoYouAre(
    string? Story, string? Background, InburgeringRoute? Route, ExamStatus? LanguageRequirement, ExamStatus? Knm, LanguageLevel? DutchLevel);

/// <summary>Step 2: talents, experience and education.</summary>
public sealed record WhatYouCan(string? Talents, string? WorkExperience, string? Education, string? Diplomas);

/// <summary>Step 3: change talk in the participant's own words and the outflow wish (goals are kept apart, with a status).</summary>
public sealed record WhatYouWant(string? ChangeTalk, OutflowWish? OutflowWish);

/// <summary>Step 5: which diversity strands were discussed and what follows from them for work, in the participant's words.</summary>
public sealed record DiversityConversation(IReadOnlyList<DiversityCharacteristic> Discussed, string? WorkConsequences);

/// <summary>Step 7: the rung on the Participatieladder and how consultant and participant keep in touch.</summary>
public sealed record LadderAndContact(ParticipationRung Rung, ContactChannel PreferredChannel, ContactFrequency Frequency);
