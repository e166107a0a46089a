using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Shared;

/// <summary>The UI name of any domain enum value in the user's language. The catalogue key is
/// "{EnumType}.{Value}" (e.g. TrajectoryPhase.Activation); a unit test checks every value has one.</summary>
public static class EnumTexts
{
    public static string Key<TEnum>(TEnum value) where TEnum : struct, Enum => $"{typeof(TEnum).Name}.{value}";

    public static string Display<TEnum>(this IStringLocalizer<SharedResource> text, TEnum value) where TEnum : struct, Enum =>
        text[Key(value)];

    /// <summary>Every value of an enum as select options, in declaration order; asp-for marks the chosen one.</summary>
    public static IEnumerable<SelectListItem> Options<TEnum>(this IStringLocalizer<SharedResource> text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(text.Display(v), v.ToString()));
}
