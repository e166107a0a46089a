using KixWorks.Web.Infrastructure.Tenancy;
using KixWorks.Data.Tenancy;
namespace KixWorks.UnitTests.Infrastructure;

public sealed class TenantContextTests
{
    private static readonly Guid Utrecht = Guid.Parse("0195f0a0-0000-7000-8000-000000000344");
    private static readonly Guid Rijswijk = Guid.Parse("0195f0a0-0000-7000-8000-000000000603");

    [Fact]
    public void Has_no_municipality_until_one_is_used()
    {
        Assert.Null(new TenantContext().MunicipalityId);
    }

    [Fact]
    public void Uses_the_given_municipality()
    {
        var tenant = new TenantContext();

        tenant.Use(Utrecht);

        Assert.Equal(Utrecht, tenant.MunicipalityId);
    }

    [Fact]
    public void Accepts_the_same_municipality_again()
    {
        var tenant = new TenantContext();
        tenant.Use(Utrecht);

        tenant.Use(Utrecht);

        Assert.Equal(Utrecht, tenant.MunicipalityId);
    }

    [Fact]
    public void Refuses_switching_to_another_municipality()
    {
        var tenant = new TenantContext();
        tenant.Use(Utrecht);

        var error = Assert.Throws<TenantViolationException>(() => tenant.Use(Rijswijk));

        Assert.Equal("De actieve gemeente kan binnen één verzoek niet wisselen.", error.Message);
        Assert.Equal(Utrecht, tenant.MunicipalityId);
    }

    [Fact]
    public void Refuses_an_empty_municipality_id()
    {
        var tenant = new TenantContext();

        var error = Assert.Throws<ArgumentException>(() => tenant.Use(Guid.Empty));

        Assert.Equal("municipalityId", error.ParamName);
        Assert.Null(tenant.MunicipalityId);
    }

    [Fact]
    public void Refuses_an_empty_municipality_id_after_one_was_set()
    {
        var tenant = new TenantContext();
        tenant.Use(Utrecht);

        Assert.Throws<ArgumentException>(() => tenant.Use(Guid.Empty));

        Assert.Equal(Utrecht, tenant.MunicipalityId);
    }
}
