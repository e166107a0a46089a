using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Home;

/// <summary>The start page: what this role does here, one link per job.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index([FromServices] IStringLocalizer<SharedResource> text) => View(StartPage.For(User, text));
}
