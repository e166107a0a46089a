using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Municipalities;

public sealed class StartMunicipalityTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Fact]
    public async Task A_programme_admin_starts_a_gemeente_that_then_appears_in_onboarding()
    {
        using var admin = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.ProgrammeAdmin)).Email!);

        var response = await admin.SubmitAsync("/municipalities/start", new() { ["Name"] = "Zutphen", ["CbsCode"] = "gm0301", ["ProgrammeStartDate"] = "01-02-2027" });
        var page = await admin.FollowAsync(response);

        var row = page.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Zutphen", StringComparison.Ordinal));
        Assert.Contains("GM0301", row.TextContent);
        Assert.Contains("01-02-2027", row.TextContent);
        Assert.Contains("Opstart", row.TextContent);
    }

    [Fact]
    public async Task A_second_gemeente_with_the_same_CBS_code_is_refused_at_that_field()
    {
        using var admin = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.ProgrammeAdmin)).Email!);
        await admin.SubmitAsync("/municipalities/start", new() { ["Name"] = "Lochem", ["CbsCode"] = "GM0262", ["ProgrammeStartDate"] = "01-02-2027" });

        var response = await admin.SubmitAsync("/municipalities/start", new() { ["Name"] = "Nog eens Lochem", ["CbsCode"] = "GM0262", ["ProgrammeStartDate"] = "01-02-2027" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Er bestaat al een gemeente met deze CBS-code.", (await TestBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=CbsCode]")!.TextContent);
    }
}
