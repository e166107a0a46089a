namespace KixWorks.Web.Infrastructure.Authorization;

public static class KixClaims
{
    /// <summary>The active gemeente of the signed-in user (a Guid).</summary>
    public const string Municipality = "kix:municipality";
    public const string DisplayName = "kix:name";
}
