using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace KixWorks.Web.Infrastructure.Validation;

/// <summary>Runs the FluentValidation validator of every bound action argument and copies its errors into
/// ModelState (FluentValidation's recommended explicit style; FluentValidation.AspNetCore does not restore here).</summary>
public sealed class ValidationFilter(IServiceProvider services) : IAsyncActionFilter
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
                context.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }
        }
        await next();
    }
}
