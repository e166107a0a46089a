using KixWorks.UnitTests.TestSupport;
using KixWorks.Web.Features.Account;

namespace KixWorks.UnitTests.Features.Account;

public sealed class ChangePasswordValidatorTests
{
    private readonly ChangePassword.Validator _validator = new();

    private static ChangePassword.Command Valid() => new()
    {
        CurrentPassword = "oud-wachtwoord",
        NewPassword = "nieuw-wachtwoord-2026",
        ConfirmPassword = "nieuw-wachtwoord-2026",
    };

    [Fact]
    public void Accepts_a_new_password_typed_twice()
    {
        var result = _validator.Validate(Valid());

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
    }

    [Fact]
    public void Rejects_a_missing_current_password()
    {
        var command = Valid();
        command.CurrentPassword = "";

        Assert.Equal(["Vul uw huidige wachtwoord in."], _validator.Validate(command).MessagesFor(nameof(command.CurrentPassword)));
    }

    [Fact]
    public void Rejects_a_missing_new_password()
    {
        var command = Valid();
        command.NewPassword = "";
        command.ConfirmPassword = "";

        Assert.Contains("Vul een nieuw wachtwoord in.", _validator.Validate(command).MessagesFor(nameof(command.NewPassword)));
    }

    [Fact]
    public void Rejects_a_new_password_shorter_than_12_characters()
    {
        var command = Valid();
        command.NewPassword = command.ConfirmPassword = "elf-tekens!";

        Assert.Equal(["Het nieuwe wachtwoord moet minstens 12 tekens lang zijn."], _validator.Validate(command).MessagesFor(nameof(command.NewPassword)));
    }

    [Fact]
    public void Accepts_a_new_password_of_exactly_12_characters()
    {
        var command = Valid();
        command.NewPassword = command.ConfirmPassword = "twaalf-teken";

        Assert.True(_validator.Validate(command).IsValid);
    }

    [Fact]
    public void Rejects_a_new_password_longer_than_256_characters()
    {
        var command = Valid();
        command.NewPassword = command.ConfirmPassword = new string('w', 257);

        Assert.Equal(["Het nieuwe wachtwoord mag hoogstens 256 tekens lang zijn."], _validator.Validate(command).MessagesFor(nameof(command.NewPassword)));
    }

    [Theory]
    [InlineData("nieuw-wachtwoord-2025")]
    [InlineData("Nieuw-wachtwoord-2026")]
    [InlineData("nieuw-wachtwoord-2026 ")]
    [InlineData("")]
    public void Rejects_a_confirmation_that_differs_from_the_new_password(string confirmation)
    {
        var command = Valid();
        command.ConfirmPassword = confirmation;

        Assert.Equal(["De twee nieuwe wachtwoorden zijn niet gelijk."], _validator.Validate(command).MessagesFor(nameof(command.ConfirmPassword)));
    }
}
