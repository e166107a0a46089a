using KixWorks.Domain.Intakes;
using KixWorks.Domain.Participants;

namespace KixWorks.UnitTests.Domain.Intakes;

public sealed class ContactAgreementTests
{
    private static readonly DateOnly AgreedOn = new(2026, 11, 2);

    [Fact]
    public void Without_contact_since_the_agreement_the_next_is_due_one_period_after_it() =>
        Assert.Equal(new DateOnly(2026, 11, 16), ContactAgreement.NextContact(null, AgreedOn, ContactFrequency.EveryTwoWeeks));

    [Fact]
    public void After_a_contact_the_next_is_due_one_period_after_that_contact() =>
        Assert.Equal(new DateOnly(2026, 11, 17), ContactAgreement.NextContact(new DateOnly(2026, 11, 10), AgreedOn, ContactFrequency.Weekly));

    [Fact]
    public void A_contact_before_the_agreement_does_not_count() =>
        Assert.Equal(new DateOnly(2026, 11, 30), ContactAgreement.NextContact(new DateOnly(2026, 10, 1), AgreedOn, ContactFrequency.EveryFourWeeks));

    [Theory]
    [InlineData(ContactFrequency.Weekly, 7)]
    [InlineData(ContactFrequency.EveryTwoWeeks, 14)]
    [InlineData(ContactFrequency.EveryFourWeeks, 28)]
    [InlineData(ContactFrequency.EveryEightWeeks, 56)]
    public void Every_frequency_is_a_number_of_days(ContactFrequency frequency, int days) => Assert.Equal(days, frequency.Days());
}
