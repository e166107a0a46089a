using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace KixWorks.Web.Features.Shared;

/// <summary>The links of a list page (sort headers, pager) carry its whole state: search, filters, sort, page.</summary>
public static class ListLinks
{
    public static Func<string, bool, string> SortUrl(IUrlHelper url, ListState state, object? filters = null) =>
        (key, descending) => url.Action("Index", Values(state, filters, key, descending, page: null))!;

    public static PageInfo Pager(IUrlHelper url, ListState state, object? filters = null) =>
        new(state.Page, state.PageSize, state.TotalCount, page => url.Action("Index", Values(state, filters, state.Sort, state.Descending, page))!);

    private static RouteValueDictionary Values(ListState state, object? filters, string sort, bool descending, int? page)
    {
        var values = new RouteValueDictionary(filters) { ["q"] = state.Search, ["sort"] = sort, ["dir"] = descending ? "desc" : "asc" };
        if (page is not null) values["page"] = page;
        return values;
    }
}
