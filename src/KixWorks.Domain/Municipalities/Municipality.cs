using System.Text.RegularExpressions;
using KixWorks.Domain.Common;

namespace KixWorks.Domain.Municipalities;

/// <summary>A gemeente: the tenant. Not tenant-owned itself; its rows carry its id.</summary>
public sealed partial class Municipality : IVersioned
{
    private Municipality() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>CBS gemeentecode, e.g. GM0606.</summary>
    public string CbsCode { get; private set; } = "";
    public DateOnly ProgrammeStartDate { get; private set; }
    public MunicipalityLifecycle Lifecycle { get; private set; }
    public DateOnly? SupportedSince { get; private set; }
    public DateOnly? IndependentSince { get; private set; }
    public int Version { get; set; }

    public static Municipality Start(string name, string cbsCode, DateOnly programmeStartDate)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Vul de naam van de gemeente in.");
        if (!IsValidCbsCode(cbsCode)) throw new DomainException("Een CBS-gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0606.");
        return new Municipality
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            CbsCode = cbsCode.Trim().ToUpperInvariant(),
            ProgrammeStartDate = programmeStartDate,
            Lifecycle = MunicipalityLifecycle.Onboarding,
        };
    }

    public static bool IsValidCbsCode(string? code) => code is not null && CbsCodePattern().IsMatch(code.Trim());

    /// <summary>Onboarding → Supported: the first year, led by the programme's own trainers.</summary>
    public void StartSupport(DateOnly on)
    {
        if (Lifecycle != MunicipalityLifecycle.Onboarding)
            throw new DomainException("Alleen een gemeente in de opstartfase kan de begeleide fase in.");
        if (on < ProgrammeStartDate)
            throw new DomainException("De begeleide fase kan niet beginnen vóór de startdatum van het programma.");
        Lifecycle = MunicipalityLifecycle.Supported;
        SupportedSince = on;
    }

    /// <summary>Supported → Independent: co-trainers lead. Never before the first supported year is over.</summary>
    public void GoIndependent(DateOnly on)
    {
        if (Lifecycle != MunicipalityLifecycle.Supported || SupportedSince is null)
            throw new DomainException("Alleen een gemeente in de begeleide fase kan zelfstandig verder.");
        if (on < SupportedSince.Value.AddYears(1))
            throw new DomainException("Een gemeente gaat pas zelfstandig verder na het eerste begeleide jaar.");
        Lifecycle = MunicipalityLifecycle.Independent;
        IndependentSince = on;
    }

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CbsCodePattern();
}
