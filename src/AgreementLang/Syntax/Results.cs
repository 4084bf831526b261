using Sprache;

namespace AgreementLang.Syntax;

/// <summary>The grammar's results. Sprache's <c>Result&lt;T&gt;</c> carries a value, a remainder, a flag, a
/// message and expectations in every object; a success needs only the first two and a failure only the last
/// three, and these two classes are what the parser allocates most after the syntax nodes themselves.</summary>
internal static class Results
{
    public static IResult<T> Success<T>(T value, IInput remainder) => new Success<T>(value, remainder);

    public static IResult<T> Failure<T>(IInput remainder, string? message, IEnumerable<string> expectations) =>
        new Failure<T>(remainder, message, expectations);
}

internal sealed class Success<T> : IResult<T>
{
    public Success(T value, IInput remainder)
    {
        Value = value;
        Remainder = remainder;
    }

    public T Value { get; }

    public bool WasSuccessful => true;

    public string? Message => null;

    public IEnumerable<string> Expectations => Array.Empty<string>();

    public IInput Remainder { get; }
}

internal sealed class Failure<T> : IResult<T>
{
    public Failure(IInput remainder, string? message, IEnumerable<string> expectations)
    {
        Remainder = remainder;
        Message = message;
        Expectations = expectations;
    }

    // Sprache throws here; a failure's value is never read by the grammar, and nothing in the parser may throw.
    public T Value => default!;

    public bool WasSuccessful => false;

    public string? Message { get; }

    public IEnumerable<string> Expectations { get; }

    public IInput Remainder { get; }

    public override string ToString() => $"failure at {Remainder}: {Message}; expected {string.Join(" or ", Expectations)}";
}
