using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Home;

/// <summary>The start page: what this role does here, one link per job.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(StartPage.For(User));
}
