namespace KixWorks.Web.Features.Shared;

/// <summary>What every list takes from the URL: search, sort, direction and page. Kept in the query string,
/// so the back button and bookmarks show the same list.</summary>
public class ListQuery
{
    public string? Q { get; set; }
    public string? Sort { get; set; }
    public string? Dir { get; set; }
    public int? Page { get; set; }

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, 100)];
    public bool Descending => string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
    public int PageNumber => PageInfo.Clamp(Page);

    /// <summary>The requested sort key if the list knows it, otherwise the list's default.</summary>
    public string SortKey(IReadOnlyCollection<string> known, string fallback) =>
        Sort is not null && known.Contains(Sort) ? Sort : fallback;
}

/// <summary>The state a list page renders: what was searched and sorted, and which page of how many rows.</summary>
public sealed record ListState(string? Search, string Sort, bool Descending, int Page, int PageSize, int TotalCount);

/// <summary>A column header that sorts the list; it announces its direction with aria-sort.</summary>
public sealed record SortHeader(string Text, string Key, ListState State, Func<string, bool, string> UrlFor)
{
    public bool Active => State.Sort == Key;
    public string AriaSort => !Active ? "none" : State.Descending ? "descending" : "ascending";
    public string Url => UrlFor(Key, Active && !State.Descending);
}
