namespace KixWorks.Web.Features.Shared;

/// <summary>The search box of a list, with optional filters (each a select); sort and direction ride along hidden.</summary>
public sealed record SearchForm(string Label, string Action, ListState State, IReadOnlyList<ListFilter>? Filters = null);

/// <summary>One filter of a list: a select named <see cref="Name"/> in the query string; an empty value means "all".</summary>
public sealed record ListFilter(string Name, string Label, string AllText, IReadOnlyList<(string Value, string Text)> Options, string? Selected);
