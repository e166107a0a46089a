using KixWorks.Domain.Municipalities;

namespace KixWorks.Web.Features.Municipalities;

public static class LifecycleNames
{
    public static string Dutch(MunicipalityLifecycle lifecycle) => lifecycle switch
    {
        MunicipalityLifecycle.Onboarding => "Opstart",
        MunicipalityLifecycle.Supported => "Begeleid (eerste jaar)",
        _ => "Zelfstandig",
    };
}
