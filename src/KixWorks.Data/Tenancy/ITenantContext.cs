namespace KixWorks.Data.Tenancy;

/// <summary>The active gemeente of this request (or of this unit of work). Set once; null means "no gemeente".</summary>
public interface ITenantContext
{
    Guid? MunicipalityId { get; }

    /// <summary>Sets the active gemeente. Throws when a different gemeente was already set in this scope.</summary>
    void Use(Guid municipalityId);
}
