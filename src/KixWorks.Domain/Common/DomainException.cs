namespace KixWorks.Domain.Common;

/// <summary>A broken domain rule. The message is Dutch: handlers show it to the user as a model error.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message) { }

    public DomainException() { }

    public DomainException(string message, Exception innerException) : base(message, innerException) { }
}
