using System.Net;
using KixWorks.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KixWorks.IntegrationTests.Security;

/// <summary>Walks the whole route table: a new route without a policy fails here.</summary>
public sealed class AnonymousAccessTests(KixWorksFactory factory) : IClassFixture<KixWorksFactory>
{
    private static readonly HashSet<string> Public = ["GET /account/login", "POST /account/login", "POST /account/language", "GET /health", "HEAD /health", "GET /fout/{code:int?}", "POST /fout/{code:int?}"];

    public static TheoryData<string, string> Routes()
    {
        using var factory = new KixWorksFactory();
        var data = new TheoryData<string, string>();
        foreach (var (method, pattern) in RouteTable(factory)) data.Add(method, pattern);
        return data;
    }

    private static IEnumerable<(string Method, string Pattern)> RouteTable(KixWorksFactory factory)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods) yield return (method, pattern);
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_but_sign_in_health_and_errors_sends_an_anonymous_user_to_sign_in(string method, string pattern)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var url = Fill(pattern);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" ? null : new FormUrlEncodedContent([]) });

        if (Public.Contains($"{method} {pattern}"))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public void The_route_table_is_not_empty_and_includes_the_participant_screens()
    {
        var routes = RouteTable(factory).Select(r => $"{r.Method} {r.Pattern}").ToList();
        Assert.Contains("GET /participants", routes);
        Assert.Contains("POST /participants/{id:guid}/edit", routes);
    }

    [Fact]
    public async Task Static_files_are_served_without_sign_in()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
    }

    private static string Fill(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)[^}]*\}", m => m.Groups[1].Value switch
    {
        "code" => "404",
        _ => Guid.NewGuid().ToString(),
    });
}
