using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Data;
using KixWorks.Web.Infrastructure.Authorization;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Users;

/// <summary>A programme admin creates any user; a municipal manager creates colleagues in their own gemeente.
/// There is no self-registration.</summary>
public static class CreateUser
{
    public sealed class Command
    {
        public string Email { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        /// <summary>Only used for a programme admin; a manager's new user always gets the manager's gemeente.</summary>
        public List<Guid> MunicipalityIds { get; set; } = [];
        public string InitialPassword { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("Vul het e-mailadres in.").WithErrorCode("Validation.User.EmailRequired")
                .MaximumLength(Limits.EmailLength).WithMessage("Dit e-mailadres is te lang.").WithErrorCode("Validation.User.EmailTooLong")
                .EmailAddress().WithMessage("Vul een geldig e-mailadres in.").WithErrorCode("Validation.User.EmailInvalid");
            RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Vul de naam in.").WithErrorCode("Validation.User.DisplayNameRequired")
                .MaximumLength(Limits.NameLength)
                .WithMessage($"De naam mag hoogstens {Limits.NameLength} tekens lang zijn.").WithErrorCode("Validation.User.DisplayNameTooLong");
            RuleFor(c => c.Role).Must(r => Roles.All.Contains(r)).WithMessage("Kies een rol.").WithErrorCode("Validation.User.RoleRequired");
            RuleFor(c => c.InitialPassword).Cascade(CascadeMode.Stop).NotEmpty()
                .WithMessage("Vul een eerste wachtwoord in.").WithErrorCode("Validation.User.InitialPasswordRequired")
                .MinimumLength(Limits.PasswordMinLength).WithMessage($"Het eerste wachtwoord moet minstens {Limits.PasswordMinLength} tekens lang zijn.")
                .WithErrorCode("Validation.User.InitialPasswordTooShort")
                .MaximumLength(Limits.PasswordMaxLength).WithMessage($"Het wachtwoord mag hoogstens {Limits.PasswordMaxLength} tekens lang zijn.")
                .WithErrorCode("Validation.User.InitialPasswordTooLong");
        }
    }

    public sealed record Form(Command Command, IReadOnlyList<string> Roles, IReadOnlyList<Shared.MunicipalityOption> Municipalities);

    public sealed class Handler(KixWorksDbContext db, UserManager<AppUser> userManager, IStringLocalizer<SharedResource> text)
    {
        public async Task<Form> FormAsync(Command command, UserScope scope, CancellationToken ct)
        {
            var municipalities = scope.AllMunicipalities
                ? await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new Shared.MunicipalityOption(m.Id, m.Name)).ToListAsync(ct)
                : [];
            return new Form(command, scope.AssignableRoles, municipalities);
        }

        public async Task<CommandResult> HandleAsync(Command command, UserScope scope, CancellationToken ct)
        {
            if (!scope.AssignableRoles.Contains(command.Role))
                return CommandResult.Refused(text["Users.Error.RoleNotAllowed"].Value, nameof(Command.Role));

            var municipalityIds = scope.AllMunicipalities ? command.MunicipalityIds.Distinct().ToList() : [scope.MunicipalityId!.Value];
            if (command.Role == Roles.ProgrammeAdmin && municipalityIds.Count > 0)
                return CommandResult.Refused(text["Users.Error.ProgrammeAdminWithMunicipality"].Value, nameof(Command.MunicipalityIds));
            if (command.Role != Roles.ProgrammeAdmin && municipalityIds.Count == 0)
                return CommandResult.Refused(text["Users.Error.MunicipalityRequired"].Value, nameof(Command.MunicipalityIds));
            if (await db.Municipalities.CountAsync(m => municipalityIds.Contains(m.Id), ct) != municipalityIds.Count)
                return CommandResult.Refused(text["Users.Error.UnknownMunicipality"].Value, nameof(Command.MunicipalityIds));

            var user = new AppUser
            {
                UserName = command.Email.Trim(),
                Email = command.Email.Trim(),
                EmailConfirmed = true,
                DisplayName = command.DisplayName.Trim(),
                Municipalities = municipalityIds.Select(id => new UserMunicipality { MunicipalityId = id }).ToList(),
            };
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = await userManager.CreateAsync(user, command.InitialPassword);
            if (!created.Succeeded)
                return CommandResult.Refused(created.Errors.Select(e => new FieldError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Command.InitialPassword) : nameof(Command.Email), e.Description)).ToList());
            var inRole = await userManager.AddToRoleAsync(user, command.Role);
            if (!inRole.Succeeded) return CommandResult.Refused(text["Users.Error.RoleNotAssigned"].Value);
            // User and role land together: no half-made account.
            await transaction.CommitAsync(ct);
            return CommandResult.Done;
        }
    }
}
