namespace KixWorks.Web.Infrastructure.Security;

/// <summary>Configuration section "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public int SignInAttemptsPerAddress { get; set; } = 30;
    public int SignInAttemptsPerAccount { get; set; } = 10;
    public int SignInWindowMinutes { get; set; } = 5;

    /// <summary>Where data-protection keys live (relative to the content root). Shared by all web nodes.</summary>
    public string KeysPath { get; set; } = "data/keys";
}
