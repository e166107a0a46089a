using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace KixWorks.Web.Infrastructure.Mvc;

/// <summary>The framework's model-binding messages ("The value 'x' is not valid") in Dutch.</summary>
internal static class DutchBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is geen geldige waarde voor de {field}. Controleer het formaat.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Vul een geldige waarde in voor {field}.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Vul een geldige waarde in.");
        messages.SetValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} moet een getal zijn.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        messages.SetMissingBindRequiredValueAccessor(field => $"{field} ontbreekt.");
        messages.SetMissingKeyOrValueAccessor(() => "Er ontbreekt een waarde.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        messages.SetValueMustNotBeNullAccessor(field => $"{field} is verplicht.");
    }
}
