using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using KixWorks.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Account;

public static class SignInUser
{
    public sealed class Command
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string? ReturnUrl { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("Vul uw e-mailadres in.").WithErrorCode("Validation.SignIn.EmailRequired")
                .MaximumLength(Limits.EmailLength).WithMessage("Dit e-mailadres is te lang.").WithErrorCode("Validation.SignIn.EmailTooLong");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Vul uw wachtwoord in.").WithErrorCode("Validation.SignIn.PasswordRequired")
                .MaximumLength(Limits.PasswordMaxLength).WithMessage("Dit wachtwoord is te lang.").WithErrorCode("Validation.SignIn.PasswordTooLong");
        }
    }

    public sealed class Handler(SignInManager<AppUser> signInManager, SignInThrottle throttle, IStringLocalizer<SharedResource> text, ILogger<Handler> logger)
    {
        /// <summary>Unknown e-mail, wrong password, locked or deactivated account: one refusal, so the page never
        /// tells whether an account exists or is locked; the lock-out is for the log only.</summary>
        public async Task<CommandResult> HandleAsync(Command command)
        {
            // Counted per typed e-mail address before any look-up, so it says nothing about the account either.
            if (!throttle.TryAcquire(command.Email)) return CommandResult.Refused(text["Account.Throttled"].Value);
            var failed = CommandResult.Refused(text["Account.SignInFailed"].Value);

            var user = await signInManager.UserManager.FindByEmailAsync(command.Email.Trim());
            if (user is null) return failed;

            // lockoutOnFailure: five wrong passwords lock the account for 15 minutes.
            var result = await signInManager.PasswordSignInAsync(user, command.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("User {UserId} signed in", user.Id);
                return CommandResult.Done;
            }
            if (result.IsLockedOut)
            {
                logger.LogWarning("User {UserId} is locked out after failed sign-ins", user.Id);
                return failed;
            }
            return failed;
        }
    }
}
