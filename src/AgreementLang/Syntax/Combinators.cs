using System.Runtime.CompilerServices;
using Sprache;

namespace AgreementLang.Syntax;

/// <summary>The combinators the grammar uses beyond sequencing, with Sprache's semantics (an alternative is
/// tried only when the first failed without consuming input; a list stops at a separator that is not followed
/// by an item only if nothing was consumed) but without the closures, option objects and intermediate parsers
/// Sprache's versions build on every call. Declared in the grammar's namespace, they are found before
/// Sprache's extensions of the same name.</summary>
internal static class Combinators
{
    /// <summary>Sprache's XOr: the second parser only if the first failed without consuming input; when both
    /// fail at the same place their expectations are joined, so a message can list every alternative.</summary>
    public static Parser<T> XOr<T>(this Parser<T> first, Parser<T> second) => [MethodImpl(Jit.Optimized)] (input) =>
    {
        var a = first(input);
        if (a.WasSuccessful)
        {
            // A zero-length success of the first gives the second its chance, as in Sprache.
            if (!a.Remainder.Equals(input))
            {
                return a;
            }

            var second0 = second(input);
            return second0.WasSuccessful ? second0 : a;
        }

        if (!a.Remainder.Equals(input))
        {
            return a;
        }

        var b = second(input);
        if (b.WasSuccessful)
        {
            return b;
        }

        var firstAt = a.Remainder.Position;
        var secondAt = b.Remainder.Position;
        return secondAt > firstAt ? b
            : secondAt == firstAt ? Results.Failure<T>(a.Remainder, a.Message, a.Expectations.Union(b.Expectations))
            : a;
    };

    /// <summary>Sprache's XOptional, giving null for an absent value instead of an option object: absent when
    /// the parser failed without consuming input, a failure when it failed further in.</summary>
    public static Parser<T?> Maybe<T>(this Parser<T> parser)
        where T : class => [MethodImpl(Jit.Optimized)] (input) =>
    {
        var result = parser(input);
        if (result.WasSuccessful)
        {
            // T is a reference type, so the result is already an IResult<T?>: no new object for a present value.
            return result;
        }

        return result.Remainder.Equals(input)
            ? Results.Success<T?>(null, input)
            : Results.Failure<T?>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>Sprache's Named: a failure that consumed nothing expects <paramref name="name"/> instead.</summary>
    public static Parser<T> Named<T>(this Parser<T> parser, string name)
    {
        var expected = new[] { name };
        return [MethodImpl(Jit.Optimized)] (input) =>
        {
            var result = parser(input);
            return result.WasSuccessful || !result.Remainder.Equals(input)
                ? result
                : Results.Failure<T>(result.Remainder, result.Message, expected);
        };
    }

    /// <summary>Sprache's XDelimitedBy: one item, then separator-and-item pairs for as long as a separator
    /// follows; a separator with no item after it is a failure at the item.</summary>
    public static Parser<IEnumerable<T>> XDelimitedBy<T, TSeparator>(this Parser<T> item, Parser<TSeparator> separator) => [MethodImpl(Jit.Optimized)] (input) =>
    {
        var first = item(input);
        if (!first.WasSuccessful)
        {
            return Results.Failure<IEnumerable<T>>(first.Remainder, first.Message, first.Expectations);
        }

        var items = new List<T> { first.Value };
        var at = first.Remainder;
        while (true)
        {
            var comma = separator(at);
            if (!comma.WasSuccessful)
            {
                if (!comma.Remainder.Equals(at))
                {
                    return Results.Failure<IEnumerable<T>>(comma.Remainder, comma.Message, comma.Expectations);
                }

                break;
            }

            var next = item(comma.Remainder);
            if (!next.WasSuccessful)
            {
                // The separator consumed input, so this is a failure, as Sprache's XMany makes it.
                return Results.Failure<IEnumerable<T>>(next.Remainder, next.Message, next.Expectations);
            }

            if (next.Remainder.Equals(at))
            {
                break;
            }

            items.Add(next.Value);
            at = next.Remainder;
        }

        return Results.Success<IEnumerable<T>>(items, at);
    };
}
