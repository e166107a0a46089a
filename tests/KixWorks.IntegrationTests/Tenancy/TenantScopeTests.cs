using KixWorks.Data;
using KixWorks.Data.Tenancy;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Features.Contacts;
using KixWorks.Web.Features.Goals;
using KixWorks.Web.Features.Participants;
using KixWorks.Web.Features.Shared;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Tenancy;

/// <summary>Work outside a request (the jobs) runs real handlers inside one gemeente through TenantScope, and can
/// neither read nor write another's rows. Also: in a request, ICurrentUser is the signed-in user in their gemeente.
/// Run on SQLite and PostgreSQL.</summary>
public abstract class TenantScopeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : KixWorksFactory
{
    protected TFactory Factory { get; } = factory;
    private Guid _a, _b, _participantA, _participantB;
    private string _familyB = "";

    private TenantScope Scope => Factory.Services.GetRequiredService<TenantScope>();

    public async Task InitializeAsync()
    {
        _a = await Factory.CreateMunicipalityAsync("Gemeente A");
        _b = await Factory.CreateMunicipalityAsync("Gemeente B");
        _familyB = "Zwartjes" + Guid.NewGuid().ToString("N")[..6];
        _participantA = await Factory.CreateParticipantAsync(_a, "Amira", "Aalders");
        _participantB = await Factory.CreateParticipantAsync(_b, "Bereket", _familyB);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<Goal>> GoalsOf(Guid municipality, Guid participant) =>
        Factory.InMunicipalityAsync(municipality, db => db.Goals.AsNoTracking().Where(g => g.ParticipantId == participant).ToListAsync());

    protected async Task A_job_acts_as_the_system_actor_of_its_gemeente_core()
    {
        var (user, filterGemeente) = await Scope.RunAsync(_a, (services, _) =>
            Task.FromResult((services.GetRequiredService<ICurrentUser>(), services.GetRequiredService<KixWorksDbContext>().CurrentMunicipalityId)), CancellationToken.None);

        Assert.True(user.IsSystem);
        Assert.Null(user.UserId);
        Assert.Empty(user.Roles);
        Assert.False(user.IsInRole(Roles.Consultant));
        Assert.Equal(_a, user.MunicipalityId);
        Assert.Equal(_a, filterGemeente);
    }

    protected async Task A_list_handler_in_the_scope_of_A_returns_only_As_participants_core()
    {
        var all = await Scope.RunAsync(_a, (services, ct) =>
            services.GetRequiredService<ListParticipants.Handler>().HandleAsync(new ListParticipants.Query(), ct), CancellationToken.None);
        var searchB = await Scope.RunAsync(_a, (services, ct) =>
            services.GetRequiredService<ListParticipants.Handler>().HandleAsync(new ListParticipants.Query { Q = _familyB }, ct), CancellationToken.None);

        Assert.Contains(all.Rows, r => r.Id == _participantA);
        Assert.DoesNotContain(all.Rows, r => r.Id == _participantB);
        Assert.Empty(searchB.Rows);
    }

    protected async Task Writes_in_the_scope_of_A_land_in_A_and_never_touch_B_core()
    {
        var registered = await Scope.RunAsync(_a, (services, ct) => services.GetRequiredService<RegisterParticipant.Handler>().HandleAsync(new RegisterParticipant.Command
        {
            GivenName = "Jamal", FamilyName = "Job" + Guid.NewGuid().ToString("N")[..6], DateOfBirth = new DateOnly(2000, 2, 3), TargetGroup = TargetGroup.Other,
        }, ct), CancellationToken.None);
        var goalForA = await Scope.RunAsync(_a, (services, ct) =>
            services.GetRequiredService<AddGoal.Handler>().HandleAsync(new AddGoal.Command { ParticipantId = _participantA, OwnWords = "Fietsen leren." }, ct), CancellationToken.None);
        var goalForB = await Scope.RunAsync(_a, (services, ct) =>
            services.GetRequiredService<AddGoal.Handler>().HandleAsync(new AddGoal.Command { ParticipantId = _participantB, OwnWords = "Van A." }, ct), CancellationToken.None);

        Assert.Equal(ResultKind.Done, registered.Kind);
        var newParticipant = await Factory.FindParticipantAsync(_a, registered.Value);
        Assert.Equal(_a, newParticipant!.MunicipalityId);
        Assert.Null(newParticipant.ConsultantId);
        Assert.Null(await Factory.FindParticipantAsync(_b, registered.Value));

        Assert.Equal(ResultKind.Done, goalForA.Kind);
        Assert.Equal(_a, Assert.Single(await GoalsOf(_a, _participantA)).MunicipalityId);
        Assert.Equal(ResultKind.NotFound, goalForB.Kind);
        Assert.Empty(await GoalsOf(_b, _participantB));
        Assert.Empty(await GoalsOf(_a, _participantB));
    }

    protected async Task The_gemeente_of_a_scope_cannot_be_switched_inside_RunAsync_core()
    {
        var seen = await Scope.RunAsync(_a, async (services, ct) =>
        {
            Assert.Throws<TenantViolationException>(() => services.GetRequiredService<ITenantContext>().Use(_b));
            Assert.Throws<TenantViolationException>(() => services.GetRequiredService<CurrentUser>().AsSystem(_b));
            var db = services.GetRequiredService<KixWorksDbContext>();
            return await db.Participants.AsNoTracking().Select(p => p.MunicipalityId).Distinct().ToListAsync(ct);
        }, CancellationToken.None);

        Assert.Equal([_a], seen);
        Assert.NotNull(await Factory.FindParticipantAsync(_b, _participantB));
    }

    protected async Task A_handler_that_needs_a_signed_in_user_refuses_the_system_actor_core()
    {
        var attempt = Scope.RunAsync(_a, (services, ct) => services.GetRequiredService<RecordContact.Handler>().HandleAsync(
            new RecordContact.Command { ParticipantId = _participantA, On = new DateOnly(2026, 11, 26), Channel = ContactChannel.Phone }, ct), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => attempt);
        Assert.Empty(await Factory.InMunicipalityAsync(_a, db => db.ContactMoments.AsNoTracking().Where(c => c.ParticipantId == _participantA).ToListAsync()));
    }

    protected async Task In_a_request_the_current_user_is_the_signed_in_user_in_their_gemeente_core()
    {
        var consultant = await Factory.CreateUserAsync(Roles.Consultant, _a);
        using var browser = await TestBrowser.SignedInAsync(Factory, consultant.Email!);

        var response = await browser.SubmitAsync($"/participants/{_participantA}/contacts/new", new() { ["On"] = "26-11-2026", ["Channel"] = "Phone" });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var contact = Assert.Single(await Factory.InMunicipalityAsync(_a, db => db.ContactMoments.AsNoTracking().Where(c => c.ParticipantId == _participantA).ToListAsync()));
        Assert.Equal(consultant.Id, contact.ConsultantId);
        Assert.Equal(_a, contact.MunicipalityId);
    }
}

public sealed class SqliteTenantScopeTests(KixWorksFactory factory) : TenantScopeTests<KixWorksFactory>(factory)
{
    [Fact] public Task A_job_acts_as_the_system_actor_of_its_gemeente() => A_job_acts_as_the_system_actor_of_its_gemeente_core();
    [Fact] public Task A_list_handler_in_the_scope_of_A_returns_only_As_participants() => A_list_handler_in_the_scope_of_A_returns_only_As_participants_core();
    [Fact] public Task Writes_in_the_scope_of_A_land_in_A_and_never_touch_B() => Writes_in_the_scope_of_A_land_in_A_and_never_touch_B_core();
    [Fact] public Task The_gemeente_of_a_scope_cannot_be_switched_inside_RunAsync() => The_gemeente_of_a_scope_cannot_be_switched_inside_RunAsync_core();
    [Fact] public Task A_handler_that_needs_a_signed_in_user_refuses_the_system_actor() => A_handler_that_needs_a_signed_in_user_refuses_the_system_actor_core();
    [Fact] public Task In_a_request_the_current_user_is_the_signed_in_user_in_their_gemeente() => In_a_request_the_current_user_is_the_signed_in_user_in_their_gemeente_core();
}

public sealed class PostgresTenantScopeTests(PostgresKixWorksFactory factory) : TenantScopeTests<PostgresKixWorksFactory>(factory)
{
    [PostgresFact] public Task A_job_acts_as_the_system_actor_of_its_gemeente() => A_job_acts_as_the_system_actor_of_its_gemeente_core();
    [PostgresFact] public Task A_list_handler_in_the_scope_of_A_returns_only_As_participants() => A_list_handler_in_the_scope_of_A_returns_only_As_participants_core();
    [PostgresFact] public Task Writes_in_the_scope_of_A_land_in_A_and_never_touch_B() => Writes_in_the_scope_of_A_land_in_A_and_never_touch_B_core();
    [PostgresFact] public Task The_gemeente_of_a_scope_cannot_be_switched_inside_RunAsync() => The_gemeente_of_a_scope_cannot_be_switched_inside_RunAsync_core();
    [PostgresFact] public Task A_handler_that_needs_a_signed_in_user_refuses_the_system_actor() => A_handler_that_needs_a_signed_in_user_refuses_the_system_actor_core();
    [PostgresFact] public Task In_a_request_the_current_user_is_the_signed_in_user_in_their_gemeente() => In_a_request_the_current_user_is_the_signed_in_user_in_their_gemeente_core();
}
