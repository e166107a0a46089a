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
}
