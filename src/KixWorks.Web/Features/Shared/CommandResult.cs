namespace KixWorks.Web.Features.Shared;

public enum ResultKind { Done, NotFound, Conflict, Refused }

/// <param name="Field">The form field the message belongs to; empty for the form as a whole.</param>
public sealed record FieldError(string Field, string Message);

/// <summary>What every command handler answers: done, not found (the record is not in the active gemeente),
/// a conflict (a colleague saved first, or the record already exists) or refused, with the messages to show.
/// <see cref="Infrastructure.Mvc.ResultResponses"/> turns it into a redirect, a 404 or the form again.</summary>
public sealed record CommandResult
{
    private CommandResult(ResultKind kind, IReadOnlyList<FieldError> errors) => (Kind, Errors) = (kind, errors);

    public ResultKind Kind { get; }
    public IReadOnlyList<FieldError> Errors { get; }
    public bool IsDone => Kind == ResultKind.Done;

    public static CommandResult Done { get; } = new(ResultKind.Done, []);
    public static CommandResult NotFound { get; } = new(ResultKind.NotFound, []);

    public static CommandResult Conflict(string message, string field = "") => new(ResultKind.Conflict, [new FieldError(field, message)]);
    public static CommandResult Refused(string message, string field = "") => new(ResultKind.Refused, [new FieldError(field, message)]);

    /// <summary>Refused for several reasons at once (the password rules, say); none means done.</summary>
    public static CommandResult Refused(IReadOnlyList<FieldError> errors) => errors.Count == 0 ? Done : new(ResultKind.Refused, errors);

    /// <summary>This result with what the caller needs next: the new record's id when done, say.</summary>
    public CommandResult<T> With<T>(T value) => new(this, value);
}

/// <summary>A <see cref="CommandResult"/> that carries a value: on done what was made, on a conflict what it is with.
/// Any plain result converts to it, so a handler returns <c>CommandResult.NotFound</c> as it does elsewhere.</summary>
public sealed record CommandResult<T>(CommandResult Result, T? Value)
{
    public ResultKind Kind => Result.Kind;
    public bool IsDone => Result.IsDone;

    public static implicit operator CommandResult<T>(CommandResult result) => new(result, default);
}
