using KixWorks.Domain.Common;
using KixWorks.UnitTests.TestSupport;
using KixWorks.Web.Features.Users;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.UnitTests.Features.Users;

public sealed class CreateUserValidatorTests
{
    private readonly CreateUser.Validator _validator = new();

    private static CreateUser.Command Valid() => new()
    {
        Email = "consulent@utrecht.nl",
        DisplayName = "Sara Consulent",
        Role = Roles.Consultant,
        InitialPassword = "eerste-wachtwoord",
    };

    [Fact]
    public void Accepts_a_complete_user()
    {
        var result = _validator.Validate(Valid());

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
    }

    [Fact]
    public void Rejects_a_missing_email_address()
    {
        var command = Valid();
        command.Email = "";

        Assert.Contains("Vul het e-mailadres in.", _validator.Validate(command).MessagesFor(nameof(command.Email)));
    }

    [Theory]
    [InlineData("consulent")]
    [InlineData("consulent@")]
    [InlineData("@utrecht.nl")]
    public void Rejects_a_malformed_email_address(string email)
    {
        var command = Valid();
        command.Email = email;

        Assert.Equal(["Vul een geldig e-mailadres in."], _validator.Validate(command).MessagesFor(nameof(command.Email)));
    }

    [Fact]
    public void Rejects_an_email_address_longer_than_the_limit()
    {
        var command = Valid();
        command.Email = new string('c', Limits.EmailLength - "@utrecht.nl".Length + 1) + "@utrecht.nl";

        Assert.Equal(["Dit e-mailadres is te lang."], _validator.Validate(command).MessagesFor(nameof(command.Email)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Rejects_a_missing_display_name(string name)
    {
        var command = Valid();
        command.DisplayName = name;

        Assert.Equal(["Vul de naam in."], _validator.Validate(command).MessagesFor(nameof(command.DisplayName)));
    }

    [Fact]
    public void Rejects_a_display_name_longer_than_the_limit()
    {
        var command = Valid();
        command.DisplayName = new string('n', Limits.NameLength + 1);

        Assert.Equal(["De naam mag hoogstens 100 tekens lang zijn."], _validator.Validate(command).MessagesFor(nameof(command.DisplayName)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Admin")]
    [InlineData("consultant")]
    [InlineData("Consulent")]
    public void Rejects_a_role_that_is_not_in_the_catalogue(string role)
    {
        var command = Valid();
        command.Role = role;

        Assert.Equal(["Kies een rol."], _validator.Validate(command).MessagesFor(nameof(command.Role)));
    }

    [Fact]
    public void Accepts_every_role_in_the_catalogue()
    {
        foreach (var role in Roles.All)
        {
            var command = Valid();
            command.Role = role;

            Assert.Empty(_validator.Validate(command).MessagesFor(nameof(command.Role)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_a_missing_initial_password(string? password)
    {
        var command = Valid();
        command.InitialPassword = password!;

        Assert.Equal(["Vul een eerste wachtwoord in."], _validator.Validate(command).MessagesFor(nameof(command.InitialPassword)));
    }

    [Fact]
    public void Rejects_an_initial_password_shorter_than_12_characters()
    {
        var command = Valid();
        command.InitialPassword = "elf-tekens!";

        Assert.Equal(["Het eerste wachtwoord moet minstens 12 tekens lang zijn."], _validator.Validate(command).MessagesFor(nameof(command.InitialPassword)));
    }

    [Fact]
    public void Accepts_an_initial_password_of_exactly_12_characters()
    {
        var command = Valid();
        command.InitialPassword = "twaalf-teken";

        Assert.Empty(_validator.Validate(command).MessagesFor(nameof(command.InitialPassword)));
    }

    [Fact]
    public void Rejects_an_initial_password_longer_than_256_characters()
    {
        var command = Valid();
        command.InitialPassword = new string('w', 257);

        Assert.Equal(["Het wachtwoord mag hoogstens 256 tekens lang zijn."], _validator.Validate(command).MessagesFor(nameof(command.InitialPassword)));
    }
}
