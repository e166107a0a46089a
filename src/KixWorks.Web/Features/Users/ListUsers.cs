using KixWorks.Data;
using KixWorks.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Users;

public static class ListUsers
{
    public static readonly string[] SortKeys = ["name", "email"];

    public sealed class Query : ListQuery;

    /// <summary>What the list offers for a user: exactly what <see cref="DeactivateUser"/> and
    /// <see cref="RemoveUserFromMunicipality"/> accept, so no link leads to a 404.</summary>
    public enum Offer { None, Deactivate, RemoveFromMunicipality }

    /// <param name="AlsoElsewhere">For a manager: the user is also assigned to another gemeente.</param>
    public sealed record Row(Guid Id, string DisplayName, string Email, string Role, bool IsActive, IReadOnlyList<string> Municipalities, bool AlsoElsewhere)
    {
        public Offer Offer { get; init; }
    }

    public sealed record Result(ListState State, IReadOnlyList<Row> Rows);

    public sealed class Handler(KixWorksDbContext db)
    {
        public async Task<Result> HandleAsync(Query query, UserScope scope, CancellationToken ct)
        {
            var search = query.Search;
            var municipalityId = scope.MunicipalityId;
            var manager = !scope.AllMunicipalities;
            var sort = query.SortKey(SortKeys, "name");
            var users = db.Users.AsNoTracking();
            if (!scope.AllMunicipalities)
                users = users.Where(u => u.Municipalities.Any(um => um.MunicipalityId == scope.MunicipalityId));
            if (search is not null)
            {
                var upper = search.ToUpperInvariant();
                users = users.Where(u => u.DisplayName.ToUpper().Contains(upper) || u.NormalizedEmail!.Contains(upper));
            }
            var total = await users.CountAsync(ct);
            var ordered = (sort, query.Descending) switch
            {
                ("email", false) => users.OrderBy(u => u.NormalizedEmail),
                ("email", true) => users.OrderByDescending(u => u.NormalizedEmail),
                (_, true) => users.OrderByDescending(u => u.DisplayName),
                _ => users.OrderBy(u => u.DisplayName),
            };
            var rows = await ordered.ThenBy(u => u.Id)
                .Skip((query.PageNumber - 1) * PageInfo.DefaultPageSize).Take(PageInfo.DefaultPageSize)
                .Select(u => new Row(
                    u.Id, u.DisplayName, u.Email ?? "",
                    db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).FirstOrDefault() ?? "",
                    u.IsActive,
                    u.Municipalities.Join(db.Municipalities, um => um.MunicipalityId, m => m.Id, (um, m) => m.Name).OrderBy(n => n).ToList(),
                    manager && u.Municipalities.Any(um => um.MunicipalityId != municipalityId)))
                .ToListAsync(ct);
            return new Result(new ListState(search, sort, query.Descending, query.PageNumber, PageInfo.DefaultPageSize, total),
                rows.Select(r => r with { Offer = OfferFor(r, scope) }).ToList());
        }

        private static Offer OfferFor(Row row, UserScope scope)
        {
            if (row.Id == scope.UserId) return Offer.None;
            if (row.AlsoElsewhere)
                return RemoveUserFromMunicipality.Handler.Applies(scope, row.Id, row.Role, row.AlsoElsewhere) ? Offer.RemoveFromMunicipality : Offer.None;
            return row.IsActive ? Offer.Deactivate : Offer.None;
        }
    }
}
