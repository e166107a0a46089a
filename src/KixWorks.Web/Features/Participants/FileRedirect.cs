using Microsoft.AspNetCore.Mvc;

namespace KixWorks.Web.Features.Participants;

public static class FileRedirect
{
    /// <summary>Back to the participant's file, at the section <paramref name="section"/> (its anchor) when given.</summary>
    public static RedirectToActionResult ToFile(this Controller controller, Guid participantId, string? section = null) =>
        controller.RedirectToAction(nameof(ParticipantsController.Details), "Participants", new { id = participantId }, section);
}
