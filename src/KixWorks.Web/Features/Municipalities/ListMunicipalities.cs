using KixWorks.Domain.Municipalities;
using KixWorks.Web.Data;
using KixWorks.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Municipalities;

public static class ListMunicipalities
{
    public sealed class Query
    {
        public string? Q { get; set; }
        public int? Page { get; set; }
    }

    public sealed record Row(Guid Id, string Name, string CbsCode, DateOnly ProgrammeStartDate, MunicipalityLifecycle Lifecycle, int UserCount);

    public sealed record Result(string? Search, IReadOnlyList<Row> Rows, int Page, int PageSize, int TotalCount);

    public sealed class Handler(KixWorksDbContext db)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var search = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
            var page = PageInfo.Clamp(query.Page);
            var municipalities = db.Municipalities.AsNoTracking();
            if (search is not null)
            {
                var upper = search.ToUpperInvariant();
                municipalities = municipalities.Where(m => m.Name.ToUpper().Contains(upper) || m.CbsCode.Contains(upper));
            }
            var total = await municipalities.CountAsync(ct);
            var rows = await municipalities.OrderBy(m => m.Name)
                .Skip((page - 1) * PageInfo.DefaultPageSize).Take(PageInfo.DefaultPageSize)
                .Select(m => new Row(m.Id, m.Name, m.CbsCode, m.ProgrammeStartDate, m.Lifecycle,
                    db.UserMunicipalities.Count(um => um.MunicipalityId == m.Id)))
                .ToListAsync(ct);
            return new Result(search, rows, page, PageInfo.DefaultPageSize, total);
        }
    }
}
