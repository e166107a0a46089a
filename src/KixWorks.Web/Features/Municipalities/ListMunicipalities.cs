using KixWorks.Domain.Municipalities;
using KixWorks.Data;
using KixWorks.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Municipalities;

public static class ListMunicipalities
{
    public static readonly string[] SortKeys = ["name", "code", "start"];

    public sealed class Query : ListQuery;

    public sealed record Row(Guid Id, string Name, string CbsCode, DateOnly ProgrammeStartDate, MunicipalityLifecycle Lifecycle, int UserCount);

    public sealed record Result(ListState State, IReadOnlyList<Row> Rows);

    public sealed class Handler(KixWorksDbContext db)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var search = query.Search;
            var sort = query.SortKey(SortKeys, "name");
            var municipalities = db.Municipalities.AsNoTracking();
            if (search is not null)
            {
                var upper = search.ToUpperInvariant();
                municipalities = municipalities.Where(m => m.Name.ToUpper().Contains(upper) || m.CbsCode.Contains(upper));
            }
            var total = await municipalities.CountAsync(ct);
            var ordered = (sort, query.Descending) switch
            {
                ("code", false) => municipalities.OrderBy(m => m.CbsCode),
                ("code", true) => municipalities.OrderByDescending(m => m.CbsCode),
                ("start", false) => municipalities.OrderBy(m => m.ProgrammeStartDate),
                ("start", true) => municipalities.OrderByDescending(m => m.ProgrammeStartDate),
                (_, true) => municipalities.OrderByDescending(m => m.Name),
                _ => municipalities.OrderBy(m => m.Name),
            };
            var rows = await ordered.ThenBy(m => m.Id)
                .Skip((query.PageNumber - 1) * PageInfo.DefaultPageSize).Take(PageInfo.DefaultPageSize)
                .Select(m => new Row(m.Id, m.Name, m.CbsCode, m.ProgrammeStartDate, m.Lifecycle,
                    db.UserMunicipalities.Count(um => um.MunicipalityId == m.Id)))
                .ToListAsync(ct);
            return new Result(new ListState(search, sort, query.Descending, query.PageNumber, PageInfo.DefaultPageSize, total), rows);
        }
    }
}
