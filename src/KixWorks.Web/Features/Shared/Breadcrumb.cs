namespace KixWorks.Web.Features.Shared;

/// <summary>One step in the breadcrumb trail; the last one (the current page) has no link.</summary>
public sealed record Breadcrumb(string Text, string? Url = null);
