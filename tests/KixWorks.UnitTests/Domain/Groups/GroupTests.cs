using KixWorks.Domain.Common;
using KixWorks.Domain.Groups;

namespace KixWorks.UnitTests.Domain.Groups;

public sealed class GroupTests
{
    private static readonly DateOnly StartDate = new(2026, 9, 1);

    [Fact]
    public void Plans_a_group_with_a_trimmed_name_and_its_dates()
    {
        var group = Group.Plan("  Groep september ", StartDate, StartDate.AddMonths(6));

        Assert.NotEqual(Guid.Empty, group.Id);
        Assert.Equal("Groep september", group.Name);
        Assert.Equal(StartDate, group.StartDate);
        Assert.Equal(StartDate.AddMonths(6), group.EndDate);
    }

    [Fact]
    public void Plans_a_group_without_an_end_date()
    {
        var group = Group.Plan("Groep september", StartDate, null);

        Assert.Null(group.EndDate);
    }

    [Fact]
    public void Accepts_a_group_that_ends_on_the_day_it_starts()
    {
        var group = Group.Plan("Eendaagse training", StartDate, StartDate);

        Assert.Equal(StartDate, group.EndDate);
    }

    [Fact]
    public void Refuses_an_end_date_before_the_start_date()
    {
        var error = Assert.Throws<DomainException>(() => Group.Plan("Groep september", StartDate, StartDate.AddDays(-1)));

        Assert.Equal("De einddatum ligt vóór de startdatum.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Refuses_a_group_without_a_name(string name)
    {
        var error = Assert.Throws<DomainException>(() => Group.Plan(name, StartDate, null));

        Assert.Equal("Vul de naam van de groep in.", error.Message);
    }

    [Fact]
    public void Refused_reschedule_leaves_the_group_as_planned()
    {
        var group = Group.Plan("Groep september", StartDate, StartDate.AddMonths(6));

        var error = Assert.Throws<DomainException>(() => group.Reschedule("Groep oktober", StartDate.AddMonths(1), StartDate));

        Assert.Equal("De einddatum ligt vóór de startdatum.", error.Message);
        Assert.Equal("Groep september", group.Name);
        Assert.Equal(StartDate, group.StartDate);
        Assert.Equal(StartDate.AddMonths(6), group.EndDate);
    }
}
