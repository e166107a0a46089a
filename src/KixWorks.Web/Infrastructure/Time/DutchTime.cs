namespace KixWorks.Web.Infrastructure.Time;

/// <summary>Instants are stored in UTC; people think in Dutch local time. Never the server's own time zone.</summary>
public static class DutchTime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Amsterdam);

    public static string Date(DateTimeOffset at) => Local(at).ToString("dd-MM-yyyy");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()).DateTime);
}
