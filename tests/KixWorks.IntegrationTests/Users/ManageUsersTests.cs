using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Users;

public sealed class ManageUsersTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    private async Task<AppUser?> FindAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    [Fact]
    public async Task A_programme_admin_creates_a_trainer_for_two_gemeenten_who_can_then_sign_in()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var deventer = await factory.CreateMunicipalityAsync("Deventer");
        using var admin = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.ProgrammeAdmin)).Email!);
        var email = $"nieuwe-trainer-{Guid.NewGuid():N}@test.nl";

        var form = await admin.GetPageAsync("/users/create");
        Assert.Equal(5, form.QuerySelectorAll("select[name=Role] option[value]:not([value=''])").Length);
        var response = await admin.Client.PostAsync("/users/create", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("DisplayName", "Nieuwe Trainer"), new("Email", email), new("Role", Roles.Trainer),
            new("MunicipalityIds", ede.ToString()), new("MunicipalityIds", deventer.ToString()),
            new("InitialPassword", "een lang begin wachtwoord"),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var trainer = new TestBrowser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await trainer.SignInAsync(email, "een lang begin wachtwoord")).StatusCode);
        Assert.Equal(2, (await trainer.GetPageAsync("/")).QuerySelectorAll("#switch-municipality option").Length);
    }

    [Fact]
    public async Task A_manager_creates_a_consultant_in_their_own_gemeente_whatever_gemeente_the_form_names()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var other = await factory.CreateMunicipalityAsync("Elders");
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);
        var email = $"consulent-{Guid.NewGuid():N}@test.nl";

        var response = await manager.SubmitAsync("/users/create", new()
        {
            ["DisplayName"] = "Nieuwe Consulent", ["Email"] = email, ["Role"] = Roles.Consultant,
            ["MunicipalityIds"] = other.ToString(), ["InitialPassword"] = "een lang begin wachtwoord",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KixWorks.Data.KixWorksDbContext>();
        var user = await FindAsync(email);
        Assert.Equal([ede], db.UserMunicipalities.Where(um => um.UserId == user!.Id).Select(um => um.MunicipalityId).ToList());
    }

    [Fact]
    public async Task A_manager_cannot_create_a_programme_admin()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);
        var email = $"stiekem-{Guid.NewGuid():N}@test.nl";

        var response = await manager.SubmitAsync("/users/create", new()
        {
            ["DisplayName"] = "Stiekem", ["Email"] = email, ["Role"] = Roles.ProgrammeAdmin, ["InitialPassword"] = "een lang begin wachtwoord",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("U mag deze rol niet toekennen.", (await TestBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task A_refused_user_form_ties_each_error_and_help_text_to_its_field_for_screen_readers()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);

        var response = await manager.SubmitAsync("/users/create", new() { ["DisplayName"] = "", ["Email"] = "geen-adres" });

        var page = await TestBrowser.ParseAsync(response);
        var name = page.QuerySelector("#DisplayName")!;
        Assert.Equal("true", name.GetAttribute("aria-invalid"));
        Assert.Equal("DisplayName-error", name.GetAttribute("aria-describedby"));
        Assert.Contains("utrecht-textbox--invalid", name.GetAttribute("class"));
        Assert.Equal("InitialPassword-help InitialPassword-error", page.QuerySelector("#InitialPassword")!.GetAttribute("aria-describedby"));
        Assert.Contains("utrecht-select", page.QuerySelector("#Role")!.GetAttribute("class"));
    }

    [Fact]
    public async Task A_duplicate_email_is_refused_in_Dutch_and_no_second_account_is_made()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var existing = await factory.CreateUserAsync(Roles.Consultant, ede);
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);

        var response = await manager.SubmitAsync("/users/create", new()
        {
            ["DisplayName"] = "Dubbel", ["Email"] = existing.Email!, ["Role"] = Roles.Consultant, ["InitialPassword"] = "een lang begin wachtwoord",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is al een gebruiker met dit e-mailadres.", (await TestBrowser.ParseAsync(response)).QuerySelector("main")!.TextContent);
        Assert.Equal("Test " + Roles.Consultant, (await FindAsync(existing.Email!))!.DisplayName);
    }

    [Fact]
    public async Task A_manager_neither_sees_nor_deactivates_users_of_another_gemeente()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var other = await factory.CreateMunicipalityAsync("Elders");
        var outsider = await factory.CreateUserAsync(Roles.Consultant, other);
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);

        Assert.DoesNotContain(outsider.Email!, (await manager.GetPageAsync("/users")).QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/users/{outsider.Id}/deactivate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostWithTokenAsync($"/users/{outsider.Id}/deactivate", [])).StatusCode);
        Assert.True((await FindAsync(outsider.Email!))!.IsActive);
    }

    [Fact]
    public async Task Nobody_deactivates_themselves()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var me = await factory.CreateUserAsync(Roles.MunicipalManager, ede);
        using var manager = await TestBrowser.SignedInAsync(factory, me.Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostWithTokenAsync($"/users/{me.Id}/deactivate", [])).StatusCode);
        Assert.True((await FindAsync(me.Email!))!.IsActive);
    }
    private async Task<List<Guid>> AssignmentsAsync(Guid userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KixWorks.Data.KixWorksDbContext>();
        return db.UserMunicipalities.Where(um => um.UserId == userId).Select(um => um.MunicipalityId).OrderBy(id => id).ToList();
    }

    [Fact]
    public async Task A_manager_is_offered_removal_for_someone_who_also_works_elsewhere_and_deactivation_for_the_others()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var deventer = await factory.CreateMunicipalityAsync("Deventer");
        var trainer = await factory.CreateUserAsync(Roles.Trainer, ede, deventer);
        var consultant = await factory.CreateUserAsync(Roles.Consultant, ede);
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);

        var page = await manager.GetPageAsync("/users");

        var trainerRow = page.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(trainer.Email!));
        Assert.NotNull(trainerRow.QuerySelector($"a[href='/users/{trainer.Id}/remove']"));
        Assert.Contains("Uit deze gemeente halen", trainerRow.TextContent);
        Assert.Contains("Werkt ook in een andere gemeente.", trainerRow.TextContent);
        Assert.Null(trainerRow.QuerySelector("a[href$='/deactivate']"));
        var consultantRow = page.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(consultant.Email!));
        Assert.NotNull(consultantRow.QuerySelector($"a[href='/users/{consultant.Id}/deactivate']"));
        Assert.Null(consultantRow.QuerySelector("a[href$='/remove']"));
    }

    [Fact]
    public async Task A_manager_removes_a_trainer_from_their_gemeente_and_the_trainer_keeps_the_other_gemeente_and_the_account()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var deventer = await factory.CreateMunicipalityAsync("Deventer");
        var trainer = await factory.CreateUserAsync(Roles.Trainer, ede, deventer);
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);

        var confirm = await manager.GetPageAsync($"/users/{trainer.Id}/remove");
        Assert.Contains(trainer.DisplayName, confirm.QuerySelector("h1")!.TextContent);
        var response = await manager.SubmitAsync($"/users/{trainer.Id}/remove", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([deventer], await AssignmentsAsync(trainer.Id));
        Assert.True((await FindAsync(trainer.Email!))!.IsActive);
        Assert.DoesNotContain(trainer.Email!, (await manager.FollowAsync(response)).QuerySelector("main")!.TextContent);
        using var trainerBrowser = await TestBrowser.SignedInAsync(factory, trainer.Email!);
        Assert.Contains("Gemeente Deventer", (await trainerBrowser.GetPageAsync("/")).QuerySelector("header")!.TextContent);
    }

    [Fact]
    public async Task A_manager_cannot_remove_someone_of_another_gemeente_a_programme_admin_or_someone_who_works_only_here()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var other = await factory.CreateMunicipalityAsync("Elders");
        var third = await factory.CreateMunicipalityAsync("Derde");
        var outsider = await factory.CreateUserAsync(Roles.Trainer, other, third);
        var admin = await factory.CreateUserAsync(Roles.ProgrammeAdmin, ede, other);
        var onlyHere = await factory.CreateUserAsync(Roles.Consultant, ede);
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);

        foreach (var user in new[] { outsider, admin, onlyHere })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/users/{user.Id}/remove")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await manager.PostWithTokenAsync($"/users/{user.Id}/remove", [])).StatusCode);
        }
        Assert.Equal(new[] { other, third }.Order().ToList(), await AssignmentsAsync(outsider.Id));
        Assert.Equal(new[] { ede, other }.Order().ToList(), await AssignmentsAsync(admin.Id));
        Assert.Equal([ede], await AssignmentsAsync(onlyHere.Id));
    }

    [Fact]
    public async Task Removing_someone_from_a_gemeente_needs_the_antiforgery_token()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var deventer = await factory.CreateMunicipalityAsync("Deventer");
        var trainer = await factory.CreateUserAsync(Roles.Trainer, ede, deventer);
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, ede)).Email!);

        var response = await manager.Client.PostAsync($"/users/{trainer.Id}/remove", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new[] { ede, deventer }.Order().ToList(), await AssignmentsAsync(trainer.Id));
    }
}
