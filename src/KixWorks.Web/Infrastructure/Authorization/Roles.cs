namespace KixWorks.Web.Infrastructure.Authorization;

/// <summary>The role catalogue. Code names in English; <see cref="Dutch"/> gives the UI name.</summary>
public static class Roles
{
    public const string ProgrammeAdmin = nameof(ProgrammeAdmin);
    public const string MunicipalManager = nameof(MunicipalManager);
    public const string Consultant = nameof(Consultant);
    public const string Trainer = nameof(Trainer);
    public const string CoTrainer = nameof(CoTrainer);

    public static readonly IReadOnlyList<string> All = [ProgrammeAdmin, MunicipalManager, Consultant, Trainer, CoTrainer];

    /// <summary>Roles a municipal manager may give to users of their own gemeente.</summary>
    public static readonly IReadOnlyList<string> AssignableByManager = [MunicipalManager, Consultant, CoTrainer];

    public static string Dutch(string role) => role switch
    {
        ProgrammeAdmin => "Programmabeheer",
        MunicipalManager => "Manager gemeente",
        Consultant => "Consulent",
        Trainer => "Trainer",
        CoTrainer => "Co-trainer",
        _ => role,
    };
}
