using KixWorks.Domain.Common;
using KixWorks.Domain.Municipalities;

namespace KixWorks.UnitTests.Domain.Municipalities;

public sealed class MunicipalityTests
{
    private static readonly DateOnly ProgrammeStart = new(2026, 3, 1);

    private static Municipality Onboarding() => Municipality.Start("Utrecht", "GM0344", ProgrammeStart);

    private static Municipality SupportedSince(DateOnly on)
    {
        var municipality = Onboarding();
        municipality.StartSupport(on);
        return municipality;
    }

    [Fact]
    public void Starts_in_onboarding_with_a_trimmed_name_and_an_upper_case_code()
    {
        var municipality = Municipality.Start("  Utrecht ", " gm0344 ", ProgrammeStart);

        Assert.NotEqual(Guid.Empty, municipality.Id);
        Assert.Equal("Utrecht", municipality.Name);
        Assert.Equal("GM0344", municipality.CbsCode);
        Assert.Equal(ProgrammeStart, municipality.ProgrammeStartDate);
        Assert.Equal(MunicipalityLifecycle.Onboarding, municipality.Lifecycle);
        Assert.Null(municipality.SupportedSince);
        Assert.Null(municipality.IndependentSince);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_to_start_without_a_name(string name)
    {
        var error = Assert.Throws<DomainException>(() => Municipality.Start(name, "GM0344", ProgrammeStart));

        Assert.Equal("Vul de naam van de gemeente in.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0344")]
    [InlineData("GM344")]
    [InlineData("GM03441")]
    [InlineData("GX0344")]
    [InlineData("GM03A4")]
    [InlineData("G M0344")]
    [InlineData("GM 0344")]
    [InlineData("GM٠٣٤٤")] // Arabic-Indic digits are digits to \d, not to a CBS code.
    public void Refuses_to_start_with_a_malformed_cbs_code(string code)
    {
        var error = Assert.Throws<DomainException>(() => Municipality.Start("Utrecht", code, ProgrammeStart));

        Assert.Equal("Een CBS-gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0606.", error.Message);
    }

    [Theory]
    [InlineData("GM0606")]
    [InlineData("gm0606")]
    [InlineData("Gm0606")]
    [InlineData("gM0606")]
    [InlineData(" gm0606\t")]
    public void Accepts_a_cbs_code_in_any_case_and_stores_it_in_upper_case(string code)
    {
        Assert.True(Municipality.IsValidCbsCode(code));

        var municipality = Municipality.Start("Rijswijk", code, ProgrammeStart);

        Assert.Equal("GM0606", municipality.CbsCode);
    }

    [Fact]
    public void Treats_a_missing_cbs_code_as_invalid()
    {
        Assert.False(Municipality.IsValidCbsCode(null));
    }

    [Fact]
    public void Starts_support_on_the_programme_start_date()
    {
        var municipality = Onboarding();

        municipality.StartSupport(ProgrammeStart);

        Assert.Equal(MunicipalityLifecycle.Supported, municipality.Lifecycle);
        Assert.Equal(ProgrammeStart, municipality.SupportedSince);
    }

    [Fact]
    public void Refuses_support_before_the_programme_start_date()
    {
        var municipality = Onboarding();

        var error = Assert.Throws<DomainException>(() => municipality.StartSupport(ProgrammeStart.AddDays(-1)));

        Assert.Equal("De begeleide fase kan niet beginnen vóór de startdatum van het programma.", error.Message);
        Assert.Equal(MunicipalityLifecycle.Onboarding, municipality.Lifecycle);
        Assert.Null(municipality.SupportedSince);
    }

    [Fact]
    public void Refuses_independence_before_a_full_supported_year()
    {
        var municipality = SupportedSince(new DateOnly(2026, 4, 1));

        var error = Assert.Throws<DomainException>(() => municipality.GoIndependent(new DateOnly(2027, 3, 31)));

        Assert.Equal("Een gemeente gaat pas zelfstandig verder na het eerste begeleide jaar.", error.Message);
        Assert.Equal(MunicipalityLifecycle.Supported, municipality.Lifecycle);
        Assert.Null(municipality.IndependentSince);
    }

    [Fact]
    public void Goes_independent_once_the_supported_year_is_over()
    {
        var municipality = SupportedSince(new DateOnly(2026, 4, 1));

        municipality.GoIndependent(new DateOnly(2027, 4, 1));

        Assert.Equal(MunicipalityLifecycle.Independent, municipality.Lifecycle);
        Assert.Equal(new DateOnly(2027, 4, 1), municipality.IndependentSince);
        Assert.Equal(new DateOnly(2026, 4, 1), municipality.SupportedSince);
    }

    [Fact]
    public void Refuses_skipping_from_onboarding_straight_to_independent()
    {
        var municipality = Onboarding();

        var error = Assert.Throws<DomainException>(() => municipality.GoIndependent(ProgrammeStart.AddYears(2)));

        Assert.Equal("Alleen een gemeente in de begeleide fase kan zelfstandig verder.", error.Message);
        Assert.Equal(MunicipalityLifecycle.Onboarding, municipality.Lifecycle);
    }

    [Fact]
    public void Refuses_starting_support_twice()
    {
        var municipality = SupportedSince(ProgrammeStart);

        var error = Assert.Throws<DomainException>(() => municipality.StartSupport(ProgrammeStart.AddMonths(1)));

        Assert.Equal("Alleen een gemeente in de opstartfase kan de begeleide fase in.", error.Message);
        Assert.Equal(ProgrammeStart, municipality.SupportedSince);
    }

    [Fact]
    public void Refuses_going_back_from_independent_to_supported()
    {
        var municipality = SupportedSince(ProgrammeStart);
        municipality.GoIndependent(ProgrammeStart.AddYears(1));

        var back = Assert.Throws<DomainException>(() => municipality.StartSupport(ProgrammeStart.AddYears(2)));
        var again = Assert.Throws<DomainException>(() => municipality.GoIndependent(ProgrammeStart.AddYears(2)));

        Assert.Equal("Alleen een gemeente in de opstartfase kan de begeleide fase in.", back.Message);
        Assert.Equal("Alleen een gemeente in de begeleide fase kan zelfstandig verder.", again.Message);
        Assert.Equal(MunicipalityLifecycle.Independent, municipality.Lifecycle);
        Assert.Equal(ProgrammeStart.AddYears(1), municipality.IndependentSince);
    }
}
