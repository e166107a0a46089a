using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Infrastructure.Mvc;

/// <summary>A form field the NL Design System way: label above, "(verplicht)" marker, help text, the error
/// right under the label, then the control. <c>&lt;kix-field for="GivenName" label="Voornaam" required&gt;</c>
/// wrapping an <c>&lt;input asp-for&gt;</c>; <see cref="FormControlTagHelper"/> links the control to the texts.</summary>
[HtmlTargetElement("kix-field")]
public sealed class FieldTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    internal const string DescribedByKey = "kix-field-describedby";
    internal const string InvalidKey = "kix-field-invalid";

    public string For { get; set; } = "";
    public string Label { get; set; } = "";
    public string? Help { get; set; }
    public bool Required { get; set; }
    /// <summary>For a group of checkboxes or radios: a fieldset with a legend instead of a label.</summary>
    public bool Group { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var id = TagBuilder.CreateSanitizedId(For, "_");
        var errors = ViewContext.ModelState.TryGetValue(For, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var describedBy = new List<string>();
        if (Help is not null) describedBy.Add(id + "-help");
        if (errors.Count > 0) describedBy.Add(id + "-error");
        context.Items[DescribedByKey] = string.Join(' ', describedBy);
        context.Items[InvalidKey] = errors.Count > 0;
        var control = await output.GetChildContentAsync();

        output.TagName = Group ? "fieldset" : "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field" + (Group ? " utrecht-form-fieldset" : "") + (errors.Count > 0 ? " utrecht-form-field--invalid" : ""));
        if (Group) output.Attributes.SetAttribute("id", id);

        var html = output.Content;
        var encoder = HtmlEncoder.Default;
        var required = Required ? $" <span class=\"kix-required\">{encoder.Encode(text["Field.Required"])}</span>" : "";
        html.AppendHtml(Group
            ? $"<legend class=\"utrecht-form-fieldset__legend utrecht-form-label\">{encoder.Encode(Label)}{required}</legend>"
            : $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{encoder.Encode(Label)}{required}</label></div>");
        if (Help is not null)
            html.AppendHtml($"<div class=\"utrecht-form-field-description\" id=\"{id}-help\">{encoder.Encode(Help)}</div>");
        if (errors.Count > 0)
            html.AppendHtml($"<div class=\"utrecht-form-field-error-message\" id=\"{id}-error\" data-valmsg-for=\"{encoder.Encode(For)}\">{string.Join("<br>", errors.Select(encoder.Encode))}</div>");
        html.AppendHtml("<div class=\"utrecht-form-field__input\">");
        html.AppendHtml(control);
        html.AppendHtml("</div>");
    }
}
