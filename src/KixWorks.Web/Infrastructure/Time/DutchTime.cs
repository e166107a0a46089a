namespace KixWorks.Web.Infrastructure.Time;

/// <summary>Instants are stored in UTC; people think in Dutch local time. Never the server's own time zone.</summary>
public static class DutchTime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Amsterdam);

    public static string Date(DateTimeOffset at) => Local(at).ToString("dd-MM-yyyy");

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The Dutch calendar day of a moment (a moment at 23:30 UTC is already the next day here).</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);
}
