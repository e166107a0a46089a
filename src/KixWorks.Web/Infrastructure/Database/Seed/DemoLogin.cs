namespace KixWorks.Web.Infrastructure.Database.Seed;

public sealed record DemoLogin(string Email, string Role, string Municipalities);
