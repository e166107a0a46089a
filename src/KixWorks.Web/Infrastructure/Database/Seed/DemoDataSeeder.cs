using KixWorks.Data;
using Bogus;
using KixWorks.Domain.Groups;
using KixWorks.Domain.Municipalities;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Data.Tenancy;
using KixWorks.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Infrastructure.Database.Seed;

/// <summary>Two demo gemeenten with realistic fake data and one login per role. Development only; idempotent.</summary>
public static class DemoDataSeeder
{
    public const string DemoPassword = "kixworks-demo-2026";
    private const int ParticipantsPerMunicipality = 60;

    private static readonly string[] NewcomerGivenNames = ["Yonas", "Senait", "Ahmad", "Fatima", "Mohammed", "Rahel", "Omar", "Nour", "Hamid", "Aster", "Samira", "Dawit", "Layla", "Yusuf", "Mariam", "Filmon"];
    private static readonly string[] NewcomerFamilyNames = ["Tesfay", "Haile", "Al-Hassan", "Ahmadi", "Kidane", "Mebrahtu", "Rahimi", "Haddad", "Ghebremedhin", "Karimi", "Osman", "Yilmaz"];
    private static readonly string[] Prefixes = ["van", "de", "van der", "van den", "ter"];
    private static readonly string[] Languages = ["nl", "ar", "ti", "fa", "en", "so", "tr", "uk"];
    /// <summary>Goals in the participant's own words, with a simple (B1) version for some.</summary>
    private static readonly (string Own, string? Simple)[] Goals =
    [
        ("Ik wil graag vaker Nederlands praten, ook met collega's.", "Ik praat vaker Nederlands."),
        ("Ik wil een rijbewijs halen zodat ik naar werk buiten de stad kan.", "Ik haal mijn rijbewijs."),
        ("Ik wil in de zorg werken, het liefst met ouderen.", null),
        ("Ik wil een vaste dagstructuur, elke ochtend op tijd op.", "Ik sta elke dag op tijd op."),
        ("Ik wil mijn diploma uit Eritrea laten erkennen.", null),
        ("Ik wil vrijwilligerswerk doen om ervaring op te doen.", "Ik doe vrijwilligerswerk."),
    ];

    public static async Task<IReadOnlyList<DemoLogin>> SeedAsync(IServiceProvider services)
    {
        Guid edeId, deventerId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
            var existing = await db.Municipalities.AsNoTracking().OrderBy(m => m.CbsCode).ToListAsync();
            if (existing.Count > 0) return DescribeLogins();

            var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var today = DutchTime.Today(time);
            var ede = Municipality.Start("Ede", "GM0228", today.AddYears(-1).AddMonths(-2));
            ede.StartSupport(ede.ProgrammeStartDate);
            var deventer = Municipality.Start("Deventer", "GM0150", today.AddMonths(-1));
            db.Municipalities.AddRange(ede, deventer);
            await db.SaveChangesAsync();
            (edeId, deventerId) = (ede.Id, deventer.Id);
        }

        await SeedUsersAsync(services, edeId, deventerId);
        await SeedMunicipalityAsync(services, edeId, "consulent@ede.demo", DemoAddresses.Ede, seed: 228);
        await SeedMunicipalityAsync(services, deventerId, "consulent@deventer.demo", DemoAddresses.Deventer, seed: 150);
        return DescribeLogins();
    }

    private static IReadOnlyList<DemoLogin> DescribeLogins() =>
    [
        new("admin@kixworks.demo", Roles.ProgrammeAdmin, "alle gemeenten (alleen totalen)"),
        new("manager@ede.demo", Roles.MunicipalManager, "Ede"),
        new("consulent@ede.demo", Roles.Consultant, "Ede"),
        new("trainer@kixworks.demo", Roles.Trainer, "Ede en Deventer"),
        new("cotrainer@ede.demo", Roles.CoTrainer, "Ede"),
        new("consulent@deventer.demo", Roles.Consultant, "Deventer"),
    ];

    private static async Task SeedUsersAsync(IServiceProvider services, Guid edeId, Guid deventerId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (string Email, string Name, string Role, Guid[] Municipalities)[] accounts =
        [
            ("admin@kixworks.demo", "Annelies Programmabeheer", Roles.ProgrammeAdmin, []),
            ("manager@ede.demo", "Marco Manager", Roles.MunicipalManager, [edeId]),
            ("consulent@ede.demo", "Carla Consulent", Roles.Consultant, [edeId]),
            ("trainer@kixworks.demo", "Tom Trainer", Roles.Trainer, [edeId, deventerId]),
            ("cotrainer@ede.demo", "Cees Co-trainer", Roles.CoTrainer, [edeId]),
            ("consulent@deventer.demo", "Dewi Consulent", Roles.Consultant, [deventerId]),
        ];
        foreach (var account in accounts)
        {
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.Name,
                Municipalities = account.Municipalities.Select(m => new UserMunicipality { MunicipalityId = m }).ToList(),
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded) throw new InvalidOperationException("Demo user could not be created: " + string.Join(", ", created.Errors.Select(e => e.Code)));
            await users.AddToRoleAsync(user, account.Role);
        }
    }

    private static async Task SeedMunicipalityAsync(IServiceProvider services, Guid municipalityId, string consultantEmail, DemoAddresses.Place[] places, int seed)
    {
        await using var scope = services.CreateAsyncScope();
        var consultantId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(consultantEmail))!.Id;
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(municipalityId);
        var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var faker = new Faker("nl") { Random = new Randomizer(seed) };

        db.Groups.Add(Group.Plan("Groep voorjaar", DateOnly.FromDateTime(now.AddMonths(-8).UtcDateTime), DateOnly.FromDateTime(now.AddMonths(-2).UtcDateTime)));
        db.Groups.Add(Group.Plan("Groep najaar", DateOnly.FromDateTime(now.AddMonths(-1).UtcDateTime), null));

        var usedBsns = new HashSet<string>();
        for (var i = 0; i < ParticipantsPerMunicipality; i++)
        {
            var newcomer = faker.Random.Bool(0.6f);
            var details = new PersonalDetails(
                newcomer ? faker.PickRandom(NewcomerGivenNames) : faker.Name.FirstName(),
                newcomer || faker.Random.Bool(0.6f) ? null : faker.PickRandom(Prefixes),
                newcomer ? faker.PickRandom(NewcomerFamilyNames) : faker.Name.LastName(),
                DateOnly.FromDateTime(faker.Date.Between(now.AddYears(-35).UtcDateTime, now.AddYears(-17).UtcDateTime)),
                "06" + faker.Random.ReplaceNumbers("########"),
                faker.Random.Bool(0.7f) ? faker.Internet.Email() : null,
                newcomer ? TargetGroup.Statusholder : faker.PickRandom<TargetGroup>(),
                faker.PickRandom(Languages, faker.Random.Int(1, 3)).ToList(),
                faker.Random.Bool(0.9f) ? DemoAddresses.Pick(faker, places) : null,
                faker.Random.Bool(0.7f) ? "KN-" + faker.Random.ReplaceNumbers("######") : null);
            var registeredDaysAgo = faker.Random.Int(20, 400);
            var registeredAt = now.AddDays(-registeredDaysAgo);
            var participant = Participant.Register(details, registeredAt, consultantId);
            if (faker.Random.Bool(0.5f)) participant.ChangeBsn(DemoAddresses.UniqueBsn(faker, usedBsns));
            db.Participants.Add(participant);
            // Most participants have had contact; a few never, so the caseload shows who needs attention.
            if (faker.Random.Bool(0.8f))
            {
                var on = DateOnly.FromDateTime(now.AddDays(-faker.Random.Int(0, Math.Min(45, registeredDaysAgo))).UtcDateTime);
                db.ContactMoments.Add(ContactMoment.Record(participant.Id, consultantId, on, faker.PickRandom<ContactChannel>(), null, DutchTime.DateOf(now), now));
                // The consultant opened the file around that contact: the access log has a believable week too.
                db.FileViews.Add(FileView.Record(participant.Id, consultantId, FilePart.Overview, now.AddDays(-faker.Random.Int(0, 6)).AddHours(-faker.Random.Int(0, 8))));
            }

            AddConsentsAndGoals(db, faker, participant.Id, consultantId, registeredAt, now);

            var trajectory = Trajectory.Start(participant.Id, municipalityId, 1, registeredAt);
            var steps = faker.Random.Int(0, 4);
            DemoIntakes.Add(db, faker, participant.Id, consultantId, registeredAt, pastIntakePhase: steps > 0);
            for (var step = 1; step <= steps; step++)
                trajectory.MoveTo(trajectory.AllowedMoves()[0], registeredAt.AddDays(step * 30));
            db.Trajectories.Add(trajectory);
        }
        await db.SaveChangesAsync();
    }

    private static void AddConsentsAndGoals(KixWorksDbContext db, Faker faker, Guid participantId, Guid consultantId, DateTimeOffset registeredAt, DateTimeOffset now)
    {
        var today = DutchTime.DateOf(now);
        var askedOn = DateOnly.FromDateTime(registeredAt.AddDays(faker.Random.Int(0, 14)).UtcDateTime);
        if (askedOn > today) askedOn = today;
        foreach (var purpose in Enum.GetValues<ConsentPurpose>())
        {
            if (!faker.Random.Bool(0.7f)) continue;
            var answer = faker.Random.Bool(0.8f) ? ConsentAnswer.Given : ConsentAnswer.Refused;
            var consent = Consent.Record(participantId, purpose, answer, askedOn, consultantId, today, registeredAt);
            // Now and then someone changes their mind, so the history shows a withdrawal.
            if (answer == ConsentAnswer.Given && faker.Random.Bool(0.1f)) consent.Withdraw(today, consultantId, now);
            db.Consents.Add(consent);
        }

        foreach (var (own, simple) in faker.PickRandom(Goals, faker.Random.Int(0, 3)))
        {
            var goal = Goal.Add(participantId, own, simple, registeredAt);
            goal.ChangeStatus(faker.PickRandom<GoalStatus>(), registeredAt.AddDays(faker.Random.Int(1, 20)));
            db.Goals.Add(goal);
        }
    }

    public static void PrintLogins(IReadOnlyList<DemoLogin> logins, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("KixWorks demo-aanmeldingen (wachtwoord voor allemaal: " + DemoPassword + ")");
        foreach (var login in logins)
            output.WriteLine($"  {login.Email,-26} {Roles.Dutch(login.Role),-18} {login.Municipalities}");
        output.WriteLine();
    }
}
