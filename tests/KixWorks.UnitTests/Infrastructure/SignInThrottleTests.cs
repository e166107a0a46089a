using KixWorks.Web.Infrastructure.Security;

namespace KixWorks.UnitTests.Infrastructure;

public sealed class SignInThrottleTests : IDisposable
{
    private const int Attempts = 3;

    // A long window: no test can see it reset, so the outcome does not depend on timing.
    private readonly SignInThrottle _throttle = new(new SecurityOptions { SignInAttemptsPerAccount = Attempts, SignInWindowMinutes = 60 });

    public void Dispose() => _throttle.Dispose();

    [Fact]
    public void Allows_the_configured_number_of_attempts_then_refuses()
    {
        var outcomes = Enumerable.Range(0, Attempts + 2).Select(_ => _throttle.TryAcquire("anna@utrecht.nl")).ToList();

        Assert.Equal([true, true, true, false, false], outcomes);
    }

    [Fact]
    public void Counts_each_account_on_its_own()
    {
        for (var i = 0; i < Attempts; i++) _throttle.TryAcquire("anna@utrecht.nl");

        Assert.False(_throttle.TryAcquire("anna@utrecht.nl"));
        Assert.True(_throttle.TryAcquire("bram@utrecht.nl"));
    }

    [Fact]
    public void Treats_an_account_the_same_regardless_of_case_and_surrounding_spaces()
    {
        Assert.True(_throttle.TryAcquire("anna@utrecht.nl"));
        Assert.True(_throttle.TryAcquire("ANNA@Utrecht.NL"));
        Assert.True(_throttle.TryAcquire("  Anna@utrecht.nl "));

        Assert.False(_throttle.TryAcquire("anna@UTRECHT.nl"));
    }

    [Fact]
    public void Uses_the_default_of_ten_attempts_per_account()
    {
        using var throttle = new SignInThrottle(new SecurityOptions());

        var allowed = Enumerable.Range(0, 12).Count(_ => throttle.TryAcquire("anna@utrecht.nl"));

        Assert.Equal(10, allowed);
    }
}
