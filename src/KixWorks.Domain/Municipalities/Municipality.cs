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
    /// <summary>The gemeente's own primary colour for the header, or null for the KixWorks theme.</summary>
    public string? PrimaryColour { get; private set; }
    public byte[]? Logo { get; private set; }
    public string? LogoContentType { get; private set; }
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

    /// <summary>Sets or clears the primary colour; refused when white text on it would fail WCAG AA.</summary>
    public void ChangePrimaryColour(string? colour)
    {
        if (string.IsNullOrWhiteSpace(colour))
        {
            PrimaryColour = null;
            return;
        }
        var normalised = BrandColour.Normalise(colour);
        var contrast = BrandColour.ContrastWithWhite(normalised);
        if (contrast < BrandColour.MinimumContrastWithWhite)
            throw new DomainException($"Witte tekst is op deze kleur slecht leesbaar (contrast {contrast:0.0}:1, minimaal 4,5:1 nodig). Kies een donkerdere kleur.");
        PrimaryColour = normalised;
    }

    public const int MaxLogoBytes = 200 * 1024;
    /// <summary>Sets or clears the logo. The type is read from the file's own first bytes, never from
    /// what the browser claims: only PNG and JPEG (no SVG, which can carry script).</summary>
    public void ChangeLogo(byte[]? logo)
    {
        if (logo is null)
        {
            Logo = null;
            LogoContentType = null;
            return;
        }
        if (logo.Length == 0 || logo.Length > MaxLogoBytes) throw new DomainException("Een logo is hoogstens 200 kB groot.");
        LogoContentType = logo switch
        {
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            _ => throw new DomainException("Een logo is een PNG- of JPEG-afbeelding."),
        };
        Logo = logo;
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
