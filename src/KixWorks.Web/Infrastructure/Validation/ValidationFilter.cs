using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Infrastructure.Validation;

/// <summary>Runs the FluentValidation validator of every bound action argument and copies its errors into
/// ModelState (FluentValidation's recommended explicit style; FluentValidation.AspNetCore does not restore here).
/// A rule's error code (set with WithErrorCode, "Validation.Area.Rule") is a text key: the user sees it in their language;
/// the rule's own Dutch message is the fallback for a rule without a known code.</summary>
public sealed class ValidationFilter(IServiceProvider services, IStringLocalizer<SharedResource> text) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null) continue;
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator) continue;

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                // A value that did not even bind (a malformed date) already has its own message.
                if (context.ModelState.TryGetValue(error.PropertyName, out var entry) && entry.Errors.Count > 0) continue;
                context.ModelState.AddModelError(error.PropertyName, Message(error));
            }
        }
        await next();
    }

    private string Message(FluentValidation.Results.ValidationFailure error)
    {
        if (string.IsNullOrEmpty(error.ErrorCode)) return error.ErrorMessage;
        var localised = text[error.ErrorCode];
        return localised.ResourceNotFound ? error.ErrorMessage : localised.Value;
    }
}
