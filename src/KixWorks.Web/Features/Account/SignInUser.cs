using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Web.Infrastructure.Identity;
using KixWorks.Data.Identity;
using KixWorks.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

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

    /// <summary><see cref="Outcome.LockedOut"/> is for the log only: the page answers it exactly like
    /// <see cref="Outcome.Failed"/>, so nobody learns which accounts exist.</summary>
    public enum Outcome { SignedIn, Failed, LockedOut, Throttled }

    public sealed class Handler(SignInManager<AppUser> signInManager, SignInThrottle throttle, ILogger<Handler> logger)
    {
        public async Task<Outcome> HandleAsync(Command command)
        {
            if (!throttle.TryAcquire(command.Email)) return Outcome.Throttled;

            var user = await signInManager.UserManager.FindByEmailAsync(command.Email.Trim());
            if (user is null) return Outcome.Failed;

            // lockoutOnFailure: five wrong passwords lock the account for 15 minutes.
            var result = await signInManager.PasswordSignInAsync(user, command.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("User {UserId} signed in", user.Id);
                return Outcome.SignedIn;
            }
            if (result.IsLockedOut)
            {
                logger.LogWarning("User {UserId} is locked out after failed sign-ins", user.Id);
                return Outcome.LockedOut;
            }
            return Outcome.Failed;
        }
    }
}
