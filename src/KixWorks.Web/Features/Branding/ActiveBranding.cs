using KixWorks.Data;
using Microsoft.EntityFrameworkCore;

namespace KixWorks.Web.Features.Branding;

/// <summary>The active gemeente's colour (as a tiny stylesheet, CSP-safe: no inline styles) and logo.</summary>
public static class ActiveBranding
{
    public sealed record Logo(byte[] Content, string ContentType);

    public sealed class Handler(KixWorksDbContext db)
    {
        public Task<string?> ColourAsync(CancellationToken ct) =>
            db.Municipalities.AsNoTracking().Where(m => m.Id == db.CurrentMunicipalityId).Select(m => m.PrimaryColour).SingleOrDefaultAsync(ct);

        public Task<Logo?> LogoAsync(CancellationToken ct) =>
            db.Municipalities.AsNoTracking()
                .Where(m => m.Id == db.CurrentMunicipalityId && m.Logo != null)
                .Select(m => new Logo(m.Logo!, m.LogoContentType!))
                .SingleOrDefaultAsync(ct);
    }
}
