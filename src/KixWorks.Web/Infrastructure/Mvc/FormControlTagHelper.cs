using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KixWorks.Web.Infrastructure.Mvc;

/// <summary>Gives every bound control its NL Design System class and, inside a <see cref="FieldTagHelper"/>,
/// aria-describedby (help and error) and aria-invalid, so a screen reader hears the error with the field.</summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
// Also a hand-written control directly inside a field (a form whose model is not the posted command).
[HtmlTargetElement("input", ParentTag = "kix-field")]
[HtmlTargetElement("select", ParentTag = "kix-field")]
[HtmlTargetElement("textarea", ParentTag = "kix-field")]
public sealed class FormControlTagHelper : TagHelper
{
    // After the framework's InputTagHelper (Order 0), so its type and value are already there.
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = output.Attributes.TryGetAttribute("type", out var t) ? t.Value?.ToString() : null;
        if (type == "hidden") return;
        var invalid = context.Items.TryGetValue(FieldTagHelper.InvalidKey, out var i) && i is true;
        var css = output.TagName switch
        {
            "select" => "utrecht-select utrecht-select--html-select" + (invalid ? " utrecht-select--invalid" : ""),
            "textarea" => "utrecht-textarea utrecht-textarea--html-textarea" + (invalid ? " utrecht-textarea--invalid" : ""),
            _ when type is "checkbox" => "utrecht-checkbox utrecht-checkbox--html-input",
            _ => "utrecht-textbox utrecht-textbox--html-input" + (invalid ? " utrecht-textbox--invalid" : ""),
        };
        var existing = output.Attributes.TryGetAttribute("class", out var c) ? c.Value?.ToString() + " " : "";
        output.Attributes.SetAttribute("class", existing + css);

        if (context.Items.TryGetValue(FieldTagHelper.DescribedByKey, out var describedBy) && describedBy is string { Length: > 0 } ids)
            output.Attributes.SetAttribute("aria-describedby", ids);
        if (invalid) output.Attributes.SetAttribute("aria-invalid", "true");
    }
}
