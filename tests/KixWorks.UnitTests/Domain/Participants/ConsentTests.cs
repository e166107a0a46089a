using KixWorks.Domain.Common;
using KixWorks.Domain.Participants;

namespace KixWorks.UnitTests.Domain.Participants;

public sealed class ConsentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly Guid Participant = Guid.NewGuid();
    private static readonly Guid Consultant = Guid.NewGuid();

    private static Consent Given(DateOnly on, ConsentPurpose purpose = ConsentPurpose.ShareWithBuddy, DateTimeOffset? at = null) =>
        Consent.Record(Participant, purpose, ConsentAnswer.Given, on, Consultant, Today, at ?? Now);

    [Fact]
    public void Records_a_given_consent_as_active()
    {
        var consent = Given(new DateOnly(2026, 11, 20));

        Assert.Equal(ConsentPurpose.ShareWithBuddy, consent.Purpose);
        Assert.Equal(new DateOnly(2026, 11, 20), consent.On);
        Assert.Equal(Consultant, consent.RecordedBy);
        Assert.Equal(Now, consent.RecordedAt);
        Assert.True(consent.IsActive);
        Assert.False(consent.IsWithdrawn);
    }

    [Fact]
    public void A_refusal_is_recorded_but_is_no_consent()
    {
        var refusal = Consent.Record(Participant, ConsentPurpose.PhotosAtEvents, ConsentAnswer.Refused, Today, Consultant, Today, Now);

        Assert.Equal(ConsentAnswer.Refused, refusal.Answer);
        Assert.False(refusal.IsActive);
    }

    [Fact]
    public void Refuses_a_date_in_the_future()
    {
        var error = Assert.Throws<DomainException>(() => Given(Today.AddDays(1)));

        Assert.Equal("De datum van de toestemming ligt in de toekomst.", error.Message);
    }

    [Fact]
    public void Refuses_an_unknown_purpose_or_answer_or_a_missing_recorder()
    {
        Assert.Throws<DomainException>(() => Consent.Record(Participant, (ConsentPurpose)99, ConsentAnswer.Given, Today, Consultant, Today, Now));
        Assert.Throws<DomainException>(() => Consent.Record(Participant, ConsentPurpose.ShareWithBuddy, (ConsentAnswer)99, Today, Consultant, Today, Now));
        Assert.Throws<DomainException>(() => Consent.Record(Participant, ConsentPurpose.ShareWithBuddy, ConsentAnswer.Given, Today, Guid.Empty, Today, Now));
    }

    [Fact]
    public void Withdrawing_keeps_the_record_with_who_and_when()
    {
        var consent = Given(new DateOnly(2026, 10, 1));
        var other = Guid.NewGuid();

        consent.Withdraw(Today, other, Now);

        Assert.True(consent.IsWithdrawn);
        Assert.False(consent.IsActive);
        Assert.Equal(Today, consent.WithdrawnOn);
        Assert.Equal(other, consent.WithdrawnBy);
        Assert.Equal(Now, consent.WithdrawnAt);
        Assert.Equal(ConsentAnswer.Given, consent.Answer);
    }

    [Fact]
    public void Cannot_withdraw_twice_withdraw_a_refusal_or_withdraw_before_it_was_given()
    {
        var consent = Given(new DateOnly(2026, 10, 1));
        consent.Withdraw(Today, Consultant, Now);
        var refusal = Consent.Record(Participant, ConsentPurpose.ShareWithEmployer, ConsentAnswer.Refused, Today, Consultant, Today, Now);

        Assert.Equal("Deze toestemming is al ingetrokken.", Assert.Throws<DomainException>(() => consent.Withdraw(Today, Consultant, Now)).Message);
        Assert.Throws<DomainException>(() => refusal.Withdraw(Today, Consultant, Now));
        Assert.Throws<DomainException>(() => Given(Today).Withdraw(Today.AddDays(-1), Consultant, Now));
    }

    [Fact]
    public void The_current_state_of_a_purpose_is_the_latest_answer()
    {
        var early = Given(new DateOnly(2026, 3, 1));
        var refusedLater = Consent.Record(Participant, ConsentPurpose.ShareWithBuddy, ConsentAnswer.Refused, new DateOnly(2026, 6, 1), Consultant, Today, Now.AddDays(-10));
        var backfilledOlder = Given(new DateOnly(2026, 1, 1), at: Now);
        var otherPurpose = Given(Today, ConsentPurpose.PhotosAtEvents);

        var records = new[] { early, refusedLater, backfilledOlder, otherPurpose };

        Assert.Same(refusedLater, Consent.Current(records, ConsentPurpose.ShareWithBuddy));
        Assert.Same(otherPurpose, Consent.Current(records, ConsentPurpose.PhotosAtEvents));
        Assert.Null(Consent.Current(records, ConsentPurpose.ShareWithEmployer));
    }

    [Fact]
    public void Two_answers_on_the_same_day_the_one_recorded_last_counts()
    {
        var first = Given(Today, at: Now);
        var second = Consent.Record(Participant, ConsentPurpose.ShareWithBuddy, ConsentAnswer.Refused, Today, Consultant, Today, Now.AddMinutes(5));

        Assert.Same(second, Consent.Current([second, first], ConsentPurpose.ShareWithBuddy));
    }
}
