namespace KixWorks.Domain.Intakes;

/// <summary>The intake conversation's steps, in the order the form walks through them.</summary>
public enum IntakeStep
{
    WhoYouAre = 1,
    WhatYouCan = 2,
    WhatYouWant = 3,
    Barriers = 4,
    Diversity = 5,
    Health = 6,
    LadderAndContact = 7,
}
