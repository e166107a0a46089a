using KixWorks.Domain.Municipalities;
using KixWorks.Domain.Participants;
using KixWorks.Domain.Trajectories;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Data.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Infrastructure;

/// <summary>Arranges data through the app's own services, so the same rules (tenant stamping) apply.</summary>
public static class TestData
{
    public const string Password = "correct horse battery staple";

    public static async Task<Guid> CreateMunicipalityAsync(this KixWorksFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KixWorksDbContext>();
        var code = "GM" + Random.Shared.Next(1000, 9999);
        while (db.Municipalities.Any(m => m.CbsCode == code)) code = "GM" + Random.Shared.Next(1000, 9999);
        var municipality = Municipality.Start(name, code, new DateOnly(2025, 1, 1));
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return municipality.Id;
    }

    public static async Task<AppUser> CreateUserAsync(this KixWorksFactory factory, string role, params Guid[] municipalities)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.nl";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Test " + role,
            Municipalities = municipalities.Select(m => new UserMunicipality { MunicipalityId = m }).ToList(),
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    public static async Task<Guid> CreateParticipantAsync(this KixWorksFactory factory, Guid municipalityId, string givenName, string familyName, string? prefix = null)
    {
        return await factory.InMunicipalityAsync(municipalityId, async db =>
        {
            var now = factory.Time.GetUtcNow();
            var participant = Participant.Register(
                new PersonalDetails(givenName, prefix, familyName, new DateOnly(1999, 4, 12), "0612345678", null, TargetGroup.Statusholder, ["nl"]),
                now);
            db.Participants.Add(participant);
            db.Trajectories.Add(Trajectory.Start(participant.Id, municipalityId, 1, now));
            await db.SaveChangesAsync();
            return participant.Id;
        });
    }

    /// <summary>Runs <paramref name="work"/> with a fresh context whose active gemeente is <paramref name="municipalityId"/>.</summary>
    public static async Task<T> InMunicipalityAsync<T>(this KixWorksFactory factory, Guid municipalityId, Func<KixWorksDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(municipalityId);
        return await work(scope.ServiceProvider.GetRequiredService<KixWorksDbContext>());
    }

    public static Task<Participant?> FindParticipantAsync(this KixWorksFactory factory, Guid municipalityId, Guid participantId) =>
        factory.InMunicipalityAsync(municipalityId, db => Task.FromResult(db.Participants.SingleOrDefault(p => p.Id == participantId)));
}
