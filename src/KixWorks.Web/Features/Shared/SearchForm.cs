namespace KixWorks.Web.Features.Shared;

public sealed record SearchForm(string Label, string Action, ListState State);
