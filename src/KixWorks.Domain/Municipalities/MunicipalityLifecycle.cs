namespace KixWorks.Domain.Municipalities;

public enum MunicipalityLifecycle
{
    Onboarding,
    Supported,
    Independent,
}
