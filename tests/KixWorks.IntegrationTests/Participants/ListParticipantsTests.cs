using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Participants;

public sealed class ListParticipantsTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Fact]
    public async Task The_list_sorts_on_family_name_without_the_prefix_and_pages_by_25()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        await factory.CreateParticipantAsync(municipality, "Anna", "Berg", prefix: "van den");
        await factory.CreateParticipantAsync(municipality, "Bram", "Aalst");
        for (var i = 0; i < 25; i++) await factory.CreateParticipantAsync(municipality, "Zed", $"Zwart{i:00}");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);

        var page1 = await browser.GetPageAsync("/participants");
        var names = page1.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal(25, names.Count);
        Assert.Equal("Aalst, Bram", names[0]);
        Assert.Equal("Berg, Anna van den", names[1]);
        Assert.Contains("Pagina 1 van 2 (27 resultaten)", page1.QuerySelector(".pager")!.TextContent);
        var page2 = await browser.GetPageAsync(page1.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(2, page2.QuerySelectorAll("main tbody tr").Length);
    }

    [Fact]
    public async Task Search_finds_a_name_case_insensitively_and_keeps_the_term_in_the_box()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        await factory.CreateParticipantAsync(municipality, "Yonas", "Ghebremedhin");
        await factory.CreateParticipantAsync(municipality, "Layla", "Karimi");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, municipality)).Email!);

        var page = await browser.GetPageAsync("/participants?q=GHEBRE");

        Assert.Equal(["Ghebremedhin, Yonas"], page.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Equal("GHEBRE", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_empty_gemeente_says_what_to_do_next()
    {
        var municipality = await factory.CreateMunicipalityAsync("Leeg");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);

        var page = await browser.GetPageAsync("/participants");

        Assert.Contains("Registreer de eerste deelnemer", page.QuerySelector(".empty-state")!.TextContent);
    }

    [Fact]
    public async Task A_silly_page_number_is_not_an_error()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);
        await browser.GetPageAsync("/participants?page=-5");
        await browser.GetPageAsync("/participants?page=999999999");
        await browser.GetPageAsync("/participants?page=abc");
    }

    [Fact]
    public async Task The_phase_filter_shows_only_participants_in_that_phase_and_survives_sorting()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        await factory.CreateParticipantAsync(municipality, "Ina", "Intakefase");
        var moved = await factory.CreateParticipantAsync(municipality, "Abe", "Activeringsfase");
        await factory.InMunicipalityAsync(municipality, async db =>
        {
            var trajectory = db.Trajectories.Single(t => t.ParticipantId == moved);
            trajectory.MoveTo(KixWorks.Domain.Trajectories.TrajectoryPhase.Activation, factory.Time.GetUtcNow().AddMinutes(1));
            return await db.SaveChangesAsync();
        });
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);

        var page = await browser.GetPageAsync("/participants?phase=Activation");

        Assert.Equal(["Activeringsfase, Abe"], page.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Equal("Activation", page.QuerySelector("select[name=phase] option[selected]")!.GetAttribute("value"));
        Assert.Contains("phase=Activation", page.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains("Geen deelnemers in deze fase", (await browser.GetPageAsync("/participants?phase=Dropped")).QuerySelector(".empty-state")!.TextContent);
    }
}
