using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KixWorks.Web.Infrastructure.Mvc;

/// <summary>The framework's model-binding messages ("The value 'x' is not valid") in the user's language.
/// The accessors are set once, but the localizer reads the request's UI culture each time a message is made.
/// The field name in them is the property's display name, a text key (e.g. Field.DateOfBirth), localised by the data-annotations localizer.</summary>
internal sealed class BindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Binding.AttemptedValueIsInvalid", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding.NonPropertyAttemptedValueIsInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Binding.UnknownValueIsInvalid", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.NonPropertyUnknownValueIsInvalid"]);
        messages.SetValueIsInvalidAccessor(value => text["Binding.ValueIsInvalid", value]);
        messages.SetValueMustBeANumberAccessor(field => text["Binding.ValueMustBeANumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.NonPropertyValueMustBeANumber"]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Binding.MissingBindRequiredValue", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding.MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.MissingRequestBodyRequiredValue"]);
        messages.SetValueMustNotBeNullAccessor(field => text["Binding.ValueMustNotBeNull", field]);
    }
}
