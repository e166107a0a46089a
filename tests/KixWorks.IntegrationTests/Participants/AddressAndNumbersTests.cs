using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.IntegrationTests.Participants;

public sealed class AddressAndNumbersTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>, IAsyncLifetime
{
    private const string ValidBsn = "123456782";
    private Guid _municipality;
    private string _consultant = "";

    public async Task InitializeAsync()
    {
        _municipality = await factory.CreateMunicipalityAsync("Ede");
        _consultant = (await factory.CreateUserAsync(Roles.Consultant, _municipality)).Email!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> ParticipantCount() => factory.InMunicipalityAsync(_municipality, db => db.Participants.CountAsync());

    private static Dictionary<string, string> Form(string family, string bsn = "") => new()
    {
        ["GivenName"] = "Aster", ["FamilyName"] = family, ["DateOfBirth"] = "02-02-1995", ["TargetGroup"] = "Statusholder",
        ["Street"] = "Stationsweg", ["HouseNumber"] = "12", ["HouseNumberAddition"] = "a", ["Postcode"] = " 6711  pz ", ["City"] = "Ede",
        ["ClientNumber"] = "KN-" + family, ["Bsn"] = bsn,
    };

    private static async Task<Guid> RegisterAsync(TestBrowser browser, Dictionary<string, string> form)
    {
        var response = await browser.SubmitAsync("/participants/register", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    [Fact]
    public async Task Registering_with_an_address_shows_the_normalised_postcode_and_the_client_number_on_the_file()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);

        var page = await browser.FollowAsync(await browser.SubmitAsync("/participants/register", Form("Haile")));

        var details = page.QuerySelector("section[aria-labelledby=persoon] dl")!.TextContent;
        Assert.Contains("Stationsweg 12 a", details);
        Assert.Contains("6711 PZ  Ede", details);
        Assert.Contains("KN-Haile", details);
    }

    [Theory]
    [InlineData("Postcode", "0711 PZ", "Vul een geldige postcode in, bijvoorbeeld 1234 AB.")]
    [InlineData("Postcode", "6711 SS", "Vul een geldige postcode in, bijvoorbeeld 1234 AB.")]
    [InlineData("Postcode", "", "Vul ook de postcode in: postcode en huisnummer horen bij elkaar.")]
    [InlineData("Bsn", "123456789", "Dit BSN klopt niet. Controleer de negen cijfers.")]
    [InlineData("Bsn", "12345", "Een BSN bestaat uit 9 cijfers.")]
    [InlineData("ClientNumber", "KN 12", "Het klantnummer bestaat uit hoogstens 30 letters, cijfers of streepjes.")]
    public async Task An_invalid_value_gets_its_Dutch_message_next_to_the_field_and_nothing_is_saved(string field, string value, string message)
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var before = await ParticipantCount();
        var form = Form("Fout");
        form[field] = value;

        var response = await browser.SubmitAsync("/participants/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector($"[data-valmsg-for={field}]")!.TextContent);
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await ParticipantCount());
    }

    [Fact]
    public async Task The_BSN_is_shown_masked_and_never_in_full_on_the_details_or_edit_page()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var id = await RegisterAsync(browser, Form("Masker", bsn: "1234.56.782"));

        var detailsHtml = await (await browser.GetAsync($"/participants/{id}")).Content.ReadAsStringAsync();
        var details = await browser.GetPageAsync($"/participants/{id}");
        var edit = await browser.GetPageAsync($"/participants/{id}/edit");

        Assert.Contains("•••••6782", details.QuerySelector("section[aria-labelledby=persoon] dl")!.TextContent);
        Assert.DoesNotContain(ValidBsn, detailsHtml);
        Assert.DoesNotContain(ValidBsn, edit.DocumentElement.OuterHtml);
        Assert.Equal("", edit.QuerySelector("input[name=Bsn]")!.GetAttribute("value") ?? "");
        Assert.Contains("•••••6782", edit.QuerySelector("#Bsn-help")!.TextContent);
        Assert.Equal(ValidBsn, (await factory.FindParticipantAsync(_municipality, id))!.Bsn);
    }

    [Fact]
    public async Task An_edit_form_shown_again_after_an_error_does_not_echo_a_typed_BSN()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var id = await RegisterAsync(browser, Form("Echo"));

        var response = await browser.SubmitAsync($"/participants/{id}/edit", new() { ["Bsn"] = "111222333", ["Postcode"] = "0000 XX" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een geldige postcode in", html);
        Assert.DoesNotContain("111222333", html);
    }

    [Fact]
    public async Task An_edit_keeps_the_BSN_when_the_field_is_empty_and_the_remove_box_removes_it()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        var id = await RegisterAsync(browser, Form("Bewaar", bsn: "111222333"));

        await browser.FollowAsync(await browser.SubmitAsync($"/participants/{id}/edit", new() { ["Phone"] = "0611111111" }));
        Assert.Equal("111222333", (await factory.FindParticipantAsync(_municipality, id))!.Bsn);

        var page = await browser.FollowAsync(await browser.SubmitAsync($"/participants/{id}/edit", new() { ["RemoveBsn"] = "true" }));
        Assert.Null((await factory.FindParticipantAsync(_municipality, id))!.Bsn);
        Assert.DoesNotContain("•••••", page.QuerySelector("section[aria-labelledby=persoon] dl")!.TextContent);
    }

    [Fact]
    public async Task A_BSN_of_another_participant_in_the_gemeente_is_refused_without_saying_whose()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        await RegisterAsync(browser, Form("Eerste", bsn: "999999990"));
        var before = await ParticipantCount();

        var response = await browser.SubmitAsync("/participants/register", Form("Tweede", bsn: "9999 99990"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Equal("Dit BSN hoort al bij een andere deelnemer in deze gemeente.", page.QuerySelector("[data-valmsg-for=Bsn]")!.TextContent);
        Assert.DoesNotContain("Eerste", page.QuerySelector("main")!.TextContent);
        Assert.Equal(before, await ParticipantCount());
    }

    [Fact]
    public async Task The_same_BSN_may_be_known_in_another_gemeente()
    {
        var other = await factory.CreateMunicipalityAsync("Deventer");
        using var here = await TestBrowser.SignedInAsync(factory, _consultant);
        using var there = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, other)).Email!);

        await RegisterAsync(here, Form("Verhuisd", bsn: "111222333"));
        await RegisterAsync(there, Form("Verhuisd", bsn: "111222333"));
    }

    [Fact]
    public async Task The_list_search_finds_a_participant_by_client_number()
    {
        using var browser = await TestBrowser.SignedInAsync(factory, _consultant);
        await RegisterAsync(browser, Form("Klant"));
        await RegisterAsync(browser, Form("Anders"));

        var page = await browser.GetPageAsync("/participants?q=KN-Klant");

        Assert.Equal(["Klant, Aster"], page.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim()));
    }
}
