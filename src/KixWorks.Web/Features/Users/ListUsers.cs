using KixWorks.Web.Data;
using KixWorks.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Users;

public static class ListUsers
{
    public sealed class Query
    {
        public string? Q { get; set; }
        public int? Page { get; set; }
    }

    public sealed record Row(Guid Id, string DisplayName, string Email, string Role, bool IsActive, IReadOnlyList<string> Municipalities);

    public sealed record Result(string? Search, IReadOnlyList<Row> Rows, int Page, int PageSize, int TotalCount);

    public sealed class Handler(KixWorksDbContext db)
    {
        public async Task<Result> HandleAsync(Query query, UserScope scope, CancellationToken ct)
        {
            var search = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
            var page = PageInfo.Clamp(query.Page);
            var users = db.Users.AsNoTracking();
            if (!scope.AllMunicipalities)
                users = users.Where(u => u.Municipalities.Any(um => um.MunicipalityId == scope.MunicipalityId));
            if (search is not null)
            {
                var upper = search.ToUpperInvariant();
                users = users.Where(u => u.DisplayName.ToUpper().Contains(upper) || u.NormalizedEmail!.Contains(upper));
            }
            var total = await users.CountAsync(ct);
            var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .Skip((page - 1) * PageInfo.DefaultPageSize).Take(PageInfo.DefaultPageSize)
                .Select(u => new Row(
                    u.Id, u.DisplayName, u.Email ?? "",
                    db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).FirstOrDefault() ?? "",
                    u.IsActive,
                    u.Municipalities.Join(db.Municipalities, um => um.MunicipalityId, m => m.Id, (um, m) => m.Name).OrderBy(n => n).ToList()))
                .ToListAsync(ct);
            return new Result(search, rows, page, PageInfo.DefaultPageSize, total);
        }
    }
}
