using FluentValidation;
using FluentValidation.AspNetCore;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Infrastructure.Validation;

/// <summary>The one global interceptor of FluentValidation.AspNetCore's auto-validation (ADR 0012), between the
/// validator and ModelState. A rule's error code (set with WithErrorCode, "Validation.Area.Rule") is a text key: the
/// user sees it in their language; the rule's own Dutch message is the fallback for a rule without a known code.
/// A property that did not even bind (a malformed date) keeps its own binding message and gets no second one.</summary>
public sealed class LocalisingValidatorInterceptor(IStringLocalizer<SharedResource> text) : IValidatorInterceptor
{
    public IValidationContext BeforeAspNetValidation(ActionContext actionContext, IValidationContext commonContext) => commonContext;

    public ValidationResult AfterAspNetValidation(ActionContext actionContext, IValidationContext validationContext, ValidationResult result)
    {
        var modelState = actionContext.ModelState;
        var kept = new List<ValidationFailure>(result.Errors.Count);
        foreach (var error in result.Errors)
        {
            if (modelState.TryGetValue(error.PropertyName, out var entry) && entry.Errors.Count > 0) continue;
            error.ErrorMessage = Message(error);
            kept.Add(error);
        }
        return new ValidationResult(kept);
    }

    private string Message(ValidationFailure error)
    {
        if (string.IsNullOrEmpty(error.ErrorCode)) return error.ErrorMessage;
        var localised = text[error.ErrorCode];
        return localised.ResourceNotFound ? error.ErrorMessage : localised.Value;
    }
}
