using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KixWorks.IntegrationTests.Infrastructure;

/// <summary>An HTTP client that behaves like a person with a browser: keeps cookies, reads pages,
/// fills in the forms it finds (antiforgery token included) and posts them.</summary>
public sealed class TestBrowser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _client;

    public TestBrowser(KixWorksFactory factory, bool https = false)
    {
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });
    }

    public HttpClient Client => _client;

    public static async Task<TestBrowser> SignedInAsync(KixWorksFactory factory, string email)
    {
        var browser = new TestBrowser(factory);
        var response = await browser.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password = TestData.Password) =>
        SubmitAsync("/account/login", new() { ["Email"] = email, ["Password"] = password });

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url);

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}, expected 200 (Location: {response.Headers.Location}).");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Opens <paramref name="pageUrl"/>, fills in the page's main POST form with <paramref name="values"/>
    /// (other fields keep what the page put in them, the antiforgery token among them) and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, Dictionary<string, string> values, string formSelector = "main form[method=post]") =>
        await SubmitFormAsync(await GetPageAsync(pageUrl), pageUrl, values, formSelector);

    /// <summary>Like <see cref="SubmitAsync"/>, on a page already in hand, such as a form shown again with a warning.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(IHtmlDocument page, string pageUrl, Dictionary<string, string> values, string formSelector = "main form[method=post]")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var fields = ReadFields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await _client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts raw fields to any URL, with a valid antiforgery token taken from <paramref name="tokenPage"/>.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string url, Dictionary<string, string> values, string tokenPage = "/account/password")
    {
        var page = await GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPage}.");
        var fields = values.ToList();
        fields.Add(new("__RequestVerificationToken", token));
        return await _client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Follows a redirect the way a browser would and returns the page it lands on.</summary>
    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await GetPageAsync(response.Headers.Location!.ToString());
    }

    private static List<KeyValuePair<string, string>> ReadFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    foreach (var option in select.SelectedOptions) fields.Add(new(name, option.Value));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
            }
        }
        return fields;
    }

    public void Dispose() => _client.Dispose();
}
