using KixWorks.Domain.Common;
using FluentValidation;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Account;

public static class ChangePassword
{
    public sealed class Command
    {
        public string CurrentPassword { get; set; } = "";
        public string NewPassword { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Vul uw huidige wachtwoord in.").WithErrorCode("Validation.ChangePassword.CurrentPasswordRequired");
            RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Vul een nieuw wachtwoord in.").WithErrorCode("Validation.ChangePassword.NewPasswordRequired")
                .MinimumLength(Limits.PasswordMinLength).WithMessage($"Het nieuwe wachtwoord moet minstens {Limits.PasswordMinLength} tekens lang zijn.")
                .WithErrorCode("Validation.ChangePassword.NewPasswordTooShort")
                .MaximumLength(Limits.PasswordMaxLength).WithMessage($"Het nieuwe wachtwoord mag hoogstens {Limits.PasswordMaxLength} tekens lang zijn.")
                .WithErrorCode("Validation.ChangePassword.NewPasswordTooLong");
            RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage("De twee nieuwe wachtwoorden zijn niet gelijk.")
                .WithErrorCode("Validation.ChangePassword.ConfirmationMismatch");
        }
    }

    public sealed class Handler(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, ICurrentUser currentUser)
    {
        public async Task<CommandResult> HandleAsync(Command command)
        {
            var user = (currentUser.UserId is { } userId ? await userManager.FindByIdAsync(userId.ToString()) : null) ?? throw new InvalidOperationException("Signed-in user not found.");
            var result = await userManager.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
            if (!result.Succeeded)
            {
                return CommandResult.Refused(result.Errors
                    .Select(e => new FieldError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Command.CurrentPassword) : nameof(Command.NewPassword), e.Description))
                    .ToList());
            }
            // The security stamp changed: re-issue this browser's cookie; other sessions are signed out within a minute.
            await signInManager.RefreshSignInAsync(user);
            return CommandResult.Done;
        }
    }
}
