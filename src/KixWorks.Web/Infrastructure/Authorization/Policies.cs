using Microsoft.AspNetCore.Authorization;

namespace KixWorks.Web.Infrastructure.Authorization;

/// <summary>Every policy in one place. Controllers only name them: [Authorize(Policies.X)].</summary>
public static class Policies
{
    public const string ManageMunicipalities = nameof(ManageMunicipalities);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ListParticipants = nameof(ListParticipants);
    public const string ViewParticipant = nameof(ViewParticipant);
    public const string EditParticipants = nameof(EditParticipants);
    public const string ManageBranding = nameof(ManageBranding);
    public const string RunIntake = nameof(RunIntake);
    public const string ViewHealthLimitations = nameof(ViewHealthLimitations);

    public static void Register(AuthorizationOptions options)
    {
        // Everything needs a signed-in user unless it says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        options.AddPolicy(ManageMunicipalities, p => p.RequireRole(Roles.ProgrammeAdmin));
        options.AddPolicy(ManageUsers, p => p.RequireRole(Roles.ProgrammeAdmin, Roles.MunicipalManager));
        // Participant data: never programme-wide, always within the active gemeente.
        options.AddPolicy(ListParticipants, p => p
            .RequireRole(Roles.MunicipalManager, Roles.Consultant, Roles.Trainer, Roles.CoTrainer)
            .RequireClaim(KixClaims.Municipality));
        options.AddPolicy(ViewParticipant, p => p
            .RequireRole(Roles.MunicipalManager, Roles.Consultant)
            .RequireClaim(KixClaims.Municipality));
        options.AddPolicy(ManageBranding, p => p
            .RequireRole(Roles.MunicipalManager)
            .RequireClaim(KixClaims.Municipality));
        options.AddPolicy(EditParticipants, p => p
            .RequireRole(Roles.Consultant)
            .RequireClaim(KixClaims.Municipality));
        // Intake answers are the conversation between consultant and participant: managers see aggregates, not these.
        options.AddPolicy(RunIntake, p => p
            .RequireRole(Roles.Consultant)
            .RequireClaim(KixClaims.Municipality));
        // Its own policy, so it can stay narrower than the intake if roles grow (e.g. a job coach who runs intakes).
        options.AddPolicy(ViewHealthLimitations, p => p
            .RequireRole(Roles.Consultant)
            .RequireClaim(KixClaims.Municipality));
    }
}
