using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Caseload;

[Route("caseload")]
[Authorize(Policies.EditParticipants)]
public sealed class CaseloadController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ListCaseload.Query query, [FromServices] ListCaseload.Handler handler, CancellationToken ct) =>
        View(await handler.HandleAsync(query, ct));
}
