using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Security;

/// <summary>Each screen only for the roles that should see it (PRODUCT.md: programme admins see aggregates only).</summary>
public sealed class RoleAccessTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Theory]
    [InlineData(Roles.ProgrammeAdmin, "/participants", HttpStatusCode.Forbidden)]
    [InlineData(Roles.MunicipalManager, "/participants", HttpStatusCode.OK)]
    [InlineData(Roles.Consultant, "/participants", HttpStatusCode.OK)]
    [InlineData(Roles.Trainer, "/participants", HttpStatusCode.OK)]
    [InlineData(Roles.CoTrainer, "/participants", HttpStatusCode.OK)]
    [InlineData(Roles.ProgrammeAdmin, "/participants/{p}", HttpStatusCode.Forbidden)]
    [InlineData(Roles.MunicipalManager, "/participants/{p}", HttpStatusCode.OK)]
    [InlineData(Roles.Consultant, "/participants/{p}", HttpStatusCode.OK)]
    [InlineData(Roles.Trainer, "/participants/{p}", HttpStatusCode.Forbidden)]
    [InlineData(Roles.CoTrainer, "/participants/{p}", HttpStatusCode.Forbidden)]
    [InlineData(Roles.MunicipalManager, "/participants/{p}/edit", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Consultant, "/participants/{p}/edit", HttpStatusCode.OK)]
    [InlineData(Roles.Trainer, "/participants/register", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Consultant, "/participants/register", HttpStatusCode.OK)]
    [InlineData(Roles.ProgrammeAdmin, "/municipalities", HttpStatusCode.OK)]
    [InlineData(Roles.MunicipalManager, "/municipalities", HttpStatusCode.Forbidden)]
    [InlineData(Roles.ProgrammeAdmin, "/users", HttpStatusCode.OK)]
    [InlineData(Roles.MunicipalManager, "/users", HttpStatusCode.OK)]
    [InlineData(Roles.Consultant, "/users", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Trainer, "/users/create", HttpStatusCode.Forbidden)]
    public async Task Screen_is_open_only_to_the_right_roles(string role, string path, HttpStatusCode expected)
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var participant = await factory.CreateParticipantAsync(municipality, "Rola", "Rolvast");
        var user = await factory.CreateUserAsync(role, role == Roles.ProgrammeAdmin ? [] : [municipality]);
        using var browser = await TestBrowser.SignedInAsync(factory, user.Email!);

        var response = await browser.GetAsync(path.Replace("{p}", participant.ToString(), StringComparison.Ordinal));

        var actual = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/account/access-denied", StringComparison.Ordinal)
            ? HttpStatusCode.Forbidden
            : response.StatusCode;
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Navigation_shows_only_what_the_role_may_use()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var admin = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        var trainer = await factory.CreateUserAsync(Roles.Trainer, municipality);

        using var adminBrowser = await TestBrowser.SignedInAsync(factory, admin.Email!);
        var adminNav = (await adminBrowser.GetPageAsync("/")).QuerySelector("nav[aria-label=Hoofdmenu]")!.TextContent;
        using var trainerBrowser = await TestBrowser.SignedInAsync(factory, trainer.Email!);
        var trainerNav = (await trainerBrowser.GetPageAsync("/")).QuerySelector("nav[aria-label=Hoofdmenu]")!.TextContent;

        Assert.Contains("Gemeenten", adminNav);
        Assert.DoesNotContain("Deelnemers", adminNav);
        Assert.Contains("Deelnemers", trainerNav);
        Assert.DoesNotContain("Gebruikers", trainerNav);
        Assert.DoesNotContain("Gemeenten", trainerNav);
    }

    [Fact]
    public async Task Access_denied_is_a_Dutch_403_page()
    {
        var user = await factory.CreateUserAsync(Roles.ProgrammeAdmin);
        using var browser = await TestBrowser.SignedInAsync(factory, user.Email!);
        var response = await browser.GetAsync("/account/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Geen toegang", (await TestBrowser.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }
}
