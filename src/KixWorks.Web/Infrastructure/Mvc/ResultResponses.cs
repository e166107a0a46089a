using KixWorks.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Infrastructure.Mvc;

/// <summary>Bind → handle → respond: how a controller answers a <see cref="CommandResult"/>.</summary>
public static class ResultResponses
{
    /// <summary>The TempData entry the layout shows as the confirmation banner after a redirect.</summary>
    public const string FlashKey = "Flash";

    /// <summary>Done → <paramref name="done"/>; not found → 404; otherwise the messages go next to their fields
    /// and the form is shown again (<paramref name="formAgain"/>), with everything the user typed.</summary>
    public static async Task<IActionResult> RespondAsync(this Controller controller, CommandResult result,
        Func<IActionResult> done, Func<Task<IActionResult>> formAgain)
    {
        switch (result.Kind)
        {
            case ResultKind.Done:
                return done();
            case ResultKind.NotFound:
                return controller.NotFound();
            default:
                foreach (var error in result.Errors) controller.ModelState.AddModelError(error.Field, error.Message);
                return await formAgain();
        }
    }

    public static Task<IActionResult> RespondAsync(this Controller controller, CommandResult result,
        Func<IActionResult> done, Func<IActionResult> formAgain) =>
        controller.RespondAsync(result, done, () => Task.FromResult(formAgain()));

    /// <summary>As above, for a handler whose result carries what was made: <paramref name="done"/> gets it.</summary>
    public static Task<IActionResult> RespondAsync<T>(this Controller controller, CommandResult<T> result,
        Func<T, IActionResult> done, Func<IActionResult> formAgain) =>
        controller.RespondAsync(result.Result, () => done(result.Value!), formAgain);

    /// <summary>For a small form on a page that cannot show an error itself (a button on the participant file):
    /// done → the confirmation <paramref name="doneTextKey"/>, refused → the refusal, both as the banner on <paramref name="then"/>.</summary>
    public static IActionResult RespondWithFlash(this Controller controller, CommandResult result, string doneTextKey, Func<IActionResult> then)
    {
        if (result.Kind == ResultKind.NotFound) return controller.NotFound();
        if (result.IsDone) controller.Flash(doneTextKey);
        else controller.TempData[FlashKey] = result.Errors[0].Message;
        return then();
    }

    /// <summary>The form's validation errors as a refusal, for <see cref="RespondWithFlash"/>.</summary>
    public static CommandResult AsRefusal(this ModelStateDictionary modelState) =>
        CommandResult.Refused(modelState.SelectMany(entry => entry.Value!.Errors.Select(e => new FieldError(entry.Key, e.ErrorMessage))).ToList());

    /// <summary>Shows the text <paramref name="textKey"/>, in the user's language, as the banner on the next page.</summary>
    public static Controller Flash(this Controller controller, string textKey)
    {
        var text = controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        controller.TempData[FlashKey] = text[textKey].Value;
        return controller;
    }
}
