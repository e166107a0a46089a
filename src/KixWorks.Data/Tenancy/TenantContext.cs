namespace KixWorks.Data.Tenancy;

/// <summary>Scoped: one per request. Immutable once set, so a context can never hold rows of two gemeenten.</summary>
public sealed class TenantContext : ITenantContext
{
    public Guid? MunicipalityId { get; private set; }

    public void Use(Guid municipalityId)
    {
        if (municipalityId == Guid.Empty) throw new ArgumentException("Een gemeente is verplicht.", nameof(municipalityId));
        if (MunicipalityId is { } current && current != municipalityId)
            throw new TenantViolationException("De actieve gemeente kan binnen één verzoek niet wisselen.");
        MunicipalityId = municipalityId;
    }
}
