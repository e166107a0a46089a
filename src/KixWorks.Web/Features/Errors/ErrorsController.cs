using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Errors;

/// <summary>Generic error pages: no stack traces, no framework details, in the user's language. Reached by re-execution
/// for any method, so antiforgery is not checked here (the original request already failed it).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorsController : Controller
{
    [Route("fout/{code:int?}")]
    public IActionResult Show(int? code)
    {
        var status = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        return View("Error", status);
    }
}
