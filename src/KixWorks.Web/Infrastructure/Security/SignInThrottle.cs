using System.Threading.RateLimiting;

namespace KixWorks.Web.Infrastructure.Security;

/// <summary>Limits sign-in attempts per account (the per-address limit is the "sign-in" rate-limiter policy).
/// Lockout stops guessing one password after 5 failures; this also stops hammering a locked account.</summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInThrottle(SecurityOptions options)
    {
        _limiter = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(
            account,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.SignInAttemptsPerAccount,
                Window = TimeSpan.FromMinutes(options.SignInWindowMinutes),
                QueueLimit = 0,
            }));
    }

    public bool TryAcquire(string account)
    {
        using var lease = _limiter.AttemptAcquire(account.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
