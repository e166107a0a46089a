using System.Net;
using System.Net.Http.Headers;
using KixWorks.IntegrationTests.Infrastructure;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.IntegrationTests.Branding;

public sealed class BrandingTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    [Fact]
    public async Task A_manager_sets_a_readable_colour_and_every_page_of_the_gemeente_uses_it()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, municipality)).Email!);

        var response = await manager.SubmitAsync("/branding", new() { ["PrimaryColour"] = "#0b5394" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await manager.GetPageAsync("/");
        var href = home.QuerySelector("link[href^='/branding/theme.css']")!.GetAttribute("href")!;
        Assert.Contains("--kix-brand: #0B5394", await (await manager.GetAsync(href)).Content.ReadAsStringAsync());

        using var consultant = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);
        Assert.NotNull((await consultant.GetPageAsync("/")).QuerySelector("link[href^='/branding/theme.css']"));
    }

    [Fact]
    public async Task A_colour_white_text_cannot_be_read_on_is_refused_next_to_the_field()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, municipality)).Email!);

        var response = await manager.SubmitAsync("/branding", new() { ["PrimaryColour"] = "#FFEE00" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestBrowser.ParseAsync(response);
        Assert.StartsWith("Witte tekst is op deze kleur slecht leesbaar", page.QuerySelector("#PrimaryColour-error")!.TextContent);
        Assert.Equal("#FFEE00", page.QuerySelector("input#PrimaryColour")!.GetAttribute("value"));
        Assert.Null((await manager.GetPageAsync("/")).QuerySelector("link[href^='/branding/theme.css']"));
    }

    [Fact]
    public async Task A_png_logo_is_shown_in_the_header_and_an_svg_is_refused()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var manager = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.MunicipalManager, municipality)).Email!);
        var form = await manager.GetPageAsync("/branding");
        var token = form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = form.QuerySelector("main input[name=Version]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.OK, (await Upload(manager, token, version, "<svg onload='alert(1)'/>"u8.ToArray(), "image/png")).StatusCode);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        Assert.Equal(HttpStatusCode.Redirect, (await Upload(manager, token, version, png, "image/png")).StatusCode);

        var src = (await manager.GetPageAsync("/")).QuerySelector("header img")!.GetAttribute("src")!;
        var logo = await manager.GetAsync(src);
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await logo.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Only_a_manager_of_the_gemeente_changes_its_branding()
    {
        var municipality = await factory.CreateMunicipalityAsync("Ede");
        using var consultant = await TestBrowser.SignedInAsync(factory, (await factory.CreateUserAsync(Roles.Consultant, municipality)).Email!);
        var response = await consultant.GetAsync("/branding");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    private static Task<HttpResponseMessage> Upload(TestBrowser browser, string token, string version, byte[] file, string contentType)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version), "Version" },
            { new StringContent(""), "PrimaryColour" },
        };
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(fileContent, "Logo", "logo.png");
        return browser.Client.PostAsync("/branding", content);
    }
}
