using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Account;

public sealed class SwitchMunicipalityTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Fact]
    public async Task A_trainer_in_two_gemeenten_switches_and_sees_the_other_gemeentes_participants()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var deventer = await factory.CreateMunicipalityAsync("Deventer");
        await factory.CreateParticipantAsync(ede, "Eva", "Edeling");
        await factory.CreateParticipantAsync(deventer, "Dirk", "Deventerman");
        var trainer = await factory.CreateUserAsync(Roles.Trainer, ede, deventer);
        using var browser = await TestBrowser.SignedInAsync(factory, trainer.Email!);

        var home = await browser.GetPageAsync("/");
        var options = home.QuerySelectorAll("#switch-municipality option").Select(o => o.TextContent).ToList();
        Assert.Equal(["Deventer", "Ede"], options);
        var first = (await browser.GetPageAsync("/participants")).QuerySelector("main")!.TextContent;
        var other = first.Contains("Edeling", StringComparison.Ordinal) ? deventer : ede;

        var response = await browser.SubmitAsync("/", new() { ["MunicipalityId"] = other.ToString() }, "header form.switcher");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = (await browser.GetPageAsync("/participants")).QuerySelector("main")!.TextContent;
        Assert.Contains(other == ede ? "Edeling" : "Deventerman", after);
        Assert.DoesNotContain(other == ede ? "Deventerman" : "Edeling", after);
    }

    [Fact]
    public async Task Switching_to_a_gemeente_you_are_not_assigned_to_is_not_found()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var deventer = await factory.CreateMunicipalityAsync("Deventer");
        var elsewhere = await factory.CreateMunicipalityAsync("Elders");
        var trainer = await factory.CreateUserAsync(Roles.Trainer, ede, deventer);
        using var browser = await TestBrowser.SignedInAsync(factory, trainer.Email!);

        var response = await browser.PostWithTokenAsync("/account/municipality", new() { ["MunicipalityId"] = elsewhere.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_user_with_one_gemeente_sees_its_name_but_no_switcher()
    {
        var ede = await factory.CreateMunicipalityAsync("Ede");
        var consultant = await factory.CreateUserAsync(Roles.Consultant, ede);
        using var browser = await TestBrowser.SignedInAsync(factory, consultant.Email!);

        var home = await browser.GetPageAsync("/");

        Assert.Null(home.QuerySelector("#switch-municipality"));
        Assert.Contains("Gemeente Ede", home.QuerySelector("header")!.TextContent);
    }
}
