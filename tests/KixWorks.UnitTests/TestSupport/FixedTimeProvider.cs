namespace KixWorks.UnitTests.TestSupport;

/// <summary>A clock that always reads the same instant, so date rules ("not in the future") are deterministic.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
