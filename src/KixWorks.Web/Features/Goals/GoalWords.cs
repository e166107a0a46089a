using FluentValidation;
using KixWorks.Domain.Participants;

namespace KixWorks.Web.Features.Goals;

/// <summary>The two wordings of a goal, shared by the add and the edit form.</summary>
public interface IGoalWords
{
    string? OwnWords { get; }
    string? SimpleWords { get; }
}

public static class GoalWords
{
    public static void AddRules<T>(AbstractValidator<T> validator) where T : IGoalWords
    {
        validator.RuleFor(c => c.OwnWords).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Schrijf het doel op in de woorden van de deelnemer.").WithErrorCode("Validation.Goal.OwnWordsRequired")
            .MaximumLength(Goal.OwnWordsLength).WithMessage($"Het doel mag hoogstens {Goal.OwnWordsLength} tekens lang zijn.").WithErrorCode("Validation.Goal.OwnWordsTooLong");
        validator.RuleFor(c => c.SimpleWords).MaximumLength(Goal.SimpleWordsLength)
            .WithMessage($"Het doel in eenvoudige woorden mag hoogstens {Goal.SimpleWordsLength} tekens lang zijn.").WithErrorCode("Validation.Goal.SimpleWordsTooLong");
    }
}
