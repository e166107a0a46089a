using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Infrastructure.Identity;

/// <summary>Identity's messages in the user's language, for the ones a user can actually trigger here.</summary>
public sealed class LocalisedIdentityErrorDescriber(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = text["Identity.PasswordTooShort", length] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = text["Identity.PasswordMismatch"] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = text["Identity.DuplicateEmail"] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = text["Identity.DuplicateEmail"] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = text["Identity.InvalidEmail"] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = text["Identity.InvalidEmail"] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = text["Identity.ConcurrencyFailure"] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = text["Identity.DefaultError"] };
}
