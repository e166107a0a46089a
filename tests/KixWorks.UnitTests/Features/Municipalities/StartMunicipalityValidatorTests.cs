using KixWorks.Domain.Common;
using KixWorks.UnitTests.TestSupport;
using KixWorks.Web.Features.Municipalities;

namespace KixWorks.UnitTests.Features.Municipalities;

public sealed class StartMunicipalityValidatorTests
{
    private const string CbsMessage = "Vul de CBS-gemeentecode in: GM gevolgd door vier cijfers, bijvoorbeeld GM0606.";

    private readonly StartMunicipality.Validator _validator = new();

    private static StartMunicipality.Command Valid() => new()
    {
        Name = "Rijswijk",
        CbsCode = "GM0603",
        ProgrammeStartDate = new DateOnly(2026, 9, 1),
    };

    [Fact]
    public void Accepts_a_complete_municipality()
    {
        var result = _validator.Validate(Valid());

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_a_missing_name(string name)
    {
        var command = Valid();
        command.Name = name;

        Assert.Equal(["Vul de naam van de gemeente in."], _validator.Validate(command).MessagesFor(nameof(command.Name)));
    }

    [Fact]
    public void Rejects_a_name_longer_than_the_limit()
    {
        var command = Valid();
        command.Name = new string('R', Limits.MunicipalityNameLength + 1);

        Assert.Equal(["De naam mag hoogstens 100 tekens lang zijn."], _validator.Validate(command).MessagesFor(nameof(command.Name)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0603")]
    [InlineData("GM603")]
    [InlineData("GM06033")]
    [InlineData("XX0603")]
    [InlineData("GMabcd")]
    public void Rejects_a_malformed_cbs_code(string? code)
    {
        var command = Valid();
        command.CbsCode = code!;

        Assert.Equal([CbsMessage], _validator.Validate(command).MessagesFor(nameof(command.CbsCode)));
    }

    [Theory]
    [InlineData("gm0603")]
    [InlineData(" GM0603 ")]
    public void Accepts_a_cbs_code_in_lower_case_or_with_spaces_around_it(string code)
    {
        var command = Valid();
        command.CbsCode = code;

        Assert.Empty(_validator.Validate(command).MessagesFor(nameof(command.CbsCode)));
    }

    [Fact]
    public void Rejects_a_missing_programme_start_date()
    {
        var command = Valid();
        command.ProgrammeStartDate = null;

        Assert.Equal(["Vul de startdatum van het programma in als dd-mm-jjjj."], _validator.Validate(command).MessagesFor(nameof(command.ProgrammeStartDate)));
    }
}
