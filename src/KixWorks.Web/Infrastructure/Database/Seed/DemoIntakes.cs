using KixWorks.Data;
using Bogus;
using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;

namespace KixWorks.Web.Infrastructure.Database.Seed;

/// <summary>Demo intakes: completed for participants past the intake phase, half-way for some still in it,
/// so the file, "Mijn deelnemers" (overdue contacts) and the resume link all have something to show.</summary>
internal static class DemoIntakes
{
    private static readonly string[] Stories =
    [
        "Ik kom uit Eritrea en woon sinds 2023 in Nederland met mijn broer.",
        "In Syrië werkte ik in de winkel van mijn vader. Nu wil ik hier een nieuw begin maken.",
        "Ik heb mijn school niet afgemaakt en zat twee jaar thuis.",
    ];
    private static readonly string[] Talents = ["Goed met mensen, geduldig", "Handig met techniek, repareert fietsen", "Kookt graag voor grote groepen"];
    private static readonly string[] ChangeTalk = ["Ik wil mijn eigen geld verdienen.", "Ik wil niet meer thuis zitten.", "Ik wil dat mijn kinderen trots op mij zijn."];
    private static readonly (BarrierKind Kind, string Action)[] Barriers =
    [
        (BarrierKind.Childcare, "Aanvraag kinderopvangtoeslag samen invullen"),
        (BarrierKind.Language, "Aanmelden bij het taalcafé van de bibliotheek"),
        (BarrierKind.Debts, "Doorverwijzen naar schuldhulpverlening"),
        (BarrierKind.Mobility, "Fietsles via Vluchtelingenwerk"),
    ];

    public static void Add(KixWorksDbContext db, Faker faker, Guid participantId, Guid consultantId, DateTimeOffset registeredAt, bool pastIntakePhase)
    {
        if (!pastIntakePhase && faker.Random.Bool(0.3f)) return;
        var intake = Intake.Start(participantId, 1, consultantId, registeredAt.AddDays(faker.Random.Int(1, 7)));
        var health = HealthLimitations.For(intake);
        var steps = new Action[]
        {
            () => intake.Save(new WhoYouAre(faker.PickRandom(Stories), null, faker.PickRandom<InburgeringRoute>(), faker.PickRandom<ExamStatus>(),
                faker.PickRandom<ExamStatus>(), faker.PickRandom<LanguageLevel>())),
            () => intake.Save(new WhatYouCan(faker.PickRandom(Talents), null, null, null)),
            () => intake.Save(new WhatYouWant(faker.PickRandom(ChangeTalk), faker.PickRandom<OutflowWish>())),
            () => intake.Save(faker.PickRandom(Barriers, faker.Random.Int(0, 2)).Select(b => new IntakeBarrier(b.Kind, null, b.Action)).ToList()),
            () => intake.Save(new DiversityConversation([DiversityCharacteristic.Language, DiversityCharacteristic.FamilySituation], null)),
            () => intake.SaveHealth(health, faker.Random.Bool(0.3f) ? "Kan niet lang staan." : null, null),
            () => intake.Save(new LadderAndContact(faker.PickRandom<ParticipationRung>(), faker.PickRandom<ContactChannel>(), faker.PickRandom<ContactFrequency>())),
        };
        var saved = pastIntakePhase ? steps.Length : faker.Random.Int(0, steps.Length);
        foreach (var step in steps.Take(saved)) step();
        if (pastIntakePhase) intake.Complete(consultantId, intake.StartedAt.AddDays(7));
        db.Intakes.Add(intake);
        if (intake.IsSaved(IntakeStep.Health)) db.HealthLimitations.Add(health);
    }
}
