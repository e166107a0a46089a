namespace KixWorks.Domain.Common;

/// <summary>A row that belongs to exactly one gemeente. The data layer filters, stamps and guards it.</summary>
public interface ITenantOwned
{
    Guid MunicipalityId { get; }
}
