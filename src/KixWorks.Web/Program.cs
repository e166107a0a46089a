using KixWorks.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Routing;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Logging;
using KixWorks.Web.Infrastructure.Mvc;
using KixWorks.Web.Infrastructure.Security;
using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Data.Tenancy;
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.AddKixWorksLogging();
builder.Services.AddKixWorksDatabase(builder.Configuration, builder.Environment);
builder.Services.AddKixWorksIdentity(builder.Environment);
builder.Services.AddKixWorksSecurity(builder.Configuration, builder.Environment);
builder.Services.AddAuthorization(Policies.Register);
builder.Services.AddKixWorksMvc();
builder.Services.AddKixWorksTenancy();

var app = builder.Build();
await app.InitializeKixWorksDatabaseAsync();

// First: the client's address and scheme as the known proxy saw them (Security:ForwardedHeaders), for everything after.
app.UseForwardedHeaders();
app.UseKixWorksRequestLogging();
app.UseExceptionHandler("/fout");
app.UseStatusCodePagesWithReExecute("/fout/{0}");
if (app.Environment.IsProduction())
{
    app.UseHsts();
    // /health stays answerable over plain HTTP for a load balancer's probe: no cookies, no personal data.
    app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
}
app.UseKixWorksSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
// After authentication: the signed-in user's own language choice is a claim in the cookie.
app.UseRequestLocalization();
app.UseMiddleware<TenantMiddleware>();
app.UseAuthorization();

app.MapHealthChecks("/health").AllowAnonymous().WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
app.MapControllers();

await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
