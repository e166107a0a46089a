namespace KixWorks.Data.Tenancy;

/// <summary>A write or switch that would cross gemeenten. Always a bug, never a user error: it surfaces as a 500.</summary>
public sealed class TenantViolationException : InvalidOperationException
{
    public TenantViolationException(string message) : base(message) { }

    public TenantViolationException() { }

    public TenantViolationException(string message, Exception innerException) : base(message, innerException) { }
}
