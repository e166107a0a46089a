namespace KixWorks.Web.Features.Shared;

/// <summary>Paging state for a list; <see cref="UrlFor"/> keeps the other query values (search) in the link.</summary>
public sealed record PageInfo(int Page, int PageSize, int TotalCount, Func<int, string> UrlFor)
{
    public const int DefaultPageSize = 25;

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public static int Clamp(int? page) => page is null or < 1 ? 1 : Math.Min(page.Value, 100_000);
}
