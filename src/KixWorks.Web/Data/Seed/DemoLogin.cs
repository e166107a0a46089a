namespace KixWorks.Web.Data.Seed;

public sealed record DemoLogin(string Email, string Role, string Municipalities);
