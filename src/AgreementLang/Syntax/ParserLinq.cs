using System.Runtime.CompilerServices;
using Sprache;

namespace AgreementLang.Syntax;

/// <summary>The query operators the grammar's LINQ expressions bind to. Sprache's own SelectMany builds two
/// closures and a Select parser for every step of every clause it parses, and its Select builds a Return
/// parser per value; on this grammar that was most of the garbage (and, on this machine, garbage is what the
/// parse time goes on). These do the same sequencing with no allocation beyond the results. Being declared in
/// the grammar's own namespace, they are found before Sprache's extensions of the same name.</summary>
internal static class ParserLinq
{
    public static Parser<TResult> Select<T, TResult>(this Parser<T> parser, Func<T, TResult> convert) => [MethodImpl(Jit.Optimized)] (input) =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Results.Success(convert(result.Value), result.Remainder)
            : Results.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
    };

    public static Parser<TResult> SelectMany<T, TNext, TResult>(
        this Parser<T> parser, Func<T, Parser<TNext>> selector, Func<T, TNext, TResult> projector) => [MethodImpl(Jit.Optimized)] (input) =>
    {
        var first = parser(input);
        if (!first.WasSuccessful)
        {
            return Results.Failure<TResult>(first.Remainder, first.Message, first.Expectations);
        }

        var second = selector(first.Value)(first.Remainder);
        return second.WasSuccessful
            ? Results.Success(projector(first.Value, second.Value), second.Remainder)
            : Results.Failure<TResult>(second.Remainder, second.Message, second.Expectations);
    };
}
