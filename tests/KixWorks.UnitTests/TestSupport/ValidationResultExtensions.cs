using FluentValidation.Results;

namespace KixWorks.UnitTests.TestSupport;

internal static class ValidationResultExtensions
{
    /// <summary>The messages a user would see next to one field, in order.</summary>
    public static IReadOnlyList<string> MessagesFor(this ValidationResult result, string propertyName) =>
        result.Errors.Where(e => e.PropertyName == propertyName).Select(e => e.ErrorMessage).ToList();
}
