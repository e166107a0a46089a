using System.Net;
using KixWorks.Domain.Participants;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.AccessLog;

/// <summary>Every view of a participant's file is recorded: who, when, which file, which part.</summary>
public sealed class FileViewTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    private Task<List<FileView>> ViewsAsync(Guid municipality, Guid participant) =>
        factory.InMunicipalityAsync(municipality, db => db.FileViews.AsNoTracking().Where(v => v.ParticipantId == participant).OrderBy(v => v.At).ThenBy(v => v.Id).ToListAsync());

    [Fact]
    public async Task Opening_the_file_and_its_edit_form_records_who_which_file_which_part_and_when()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var participant = await factory.CreateParticipantAsync(municipality, "Iman", "Inzage");
        var consultant = await factory.CreateUserAsync(Roles.Consultant, municipality);
        using var browser = await TestBrowser.SignedInAsync(factory, consultant.Email!);

        await browser.GetPageAsync($"/participants/{participant}");
        await browser.GetPageAsync($"/participants/{participant}/edit");

        var views = await ViewsAsync(municipality, participant);
        Assert.Equal([FilePart.Overview, FilePart.PersonalDetailsForm], views.Select(v => v.Part));
        Assert.All(views, v => Assert.Equal(consultant.Id, v.UserId));
        Assert.All(views, v => Assert.Equal(factory.Time.GetUtcNow(), v.At));
        Assert.All(views, v => Assert.Equal(municipality, v.MunicipalityId));
    }

    [Fact]
    public async Task The_list_and_a_refused_file_record_nothing()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        var elsewhere = await factory.CreateMunicipalityAsync("Elders");
        var participant = await factory.CreateParticipantAsync(elsewhere, "Olga", "Onbereikbaar");
        using var browser = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);

        await browser.GetPageAsync("/participants");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/participants/{participant}")).StatusCode);

        Assert.Empty(await ViewsAsync(elsewhere, participant));
        Assert.Empty(await factory.InMunicipalityAsync(municipality, db => db.FileViews.AsNoTracking().ToListAsync()));
    }
}
