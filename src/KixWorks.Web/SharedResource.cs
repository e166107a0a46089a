namespace KixWorks.Web;

/// <summary>Marker (kept outside Resources/ so the .resx files are not compiled as dependent on it) for the one UI text catalogue: Resources/SharedResource.nl.resx and .en.resx.
/// Views get it as <c>T</c> (see Features/_ViewImports.cshtml); keys are stable identifiers.</summary>
public sealed class SharedResource;
