using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>The block of a financing clause: the instrument, a conversion price, warrants and the use of proceeds,
/// the terms of a financing beyond amount, rate and tenor. Built on first use, like every clause family (see
/// <see cref="Grammar"/>).</summary>
internal static class FinancingTermsGrammar
{
    internal static readonly Parser<TextSpan> Share = Tokens.Keyword("share");
    internal static readonly Parser<TextSpan> Proceeds = Tokens.Keyword("proceeds");

    private static Parser<NameSyntax> Words(params string[] words)
    {
        var parsers = words.Select(Tokens.Keyword).ToArray();
        return input =>
        {
            var start = input;
            TextSpan first = default, last = default;
            for (var i = 0; i < parsers.Length; i++)
            {
                var result = parsers[i](input);
                if (!result.WasSuccessful)
                {
                    return Results.Failure<NameSyntax>(start, "unexpected token", new[] { "'" + string.Join(" ", words) + "'" });
                }

                first = i == 0 ? result.Value : first;
                last = result.Value;
                input = result.Remainder;
            }

            return Results.Success(new NameSyntax(string.Join(" ", words), Cover(first, last)), input);
        };
    }

    internal static readonly Parser<NameSyntax> InstrumentKind =
        Words("convertible", "preferred", "equity")
            .Or(Words("preferred", "equity"))
            .Or(Words("common", "equity"))
            .Or(Words("warrants"))
            .Or(Words("concessional", "loan"))
            .Or(Words("commercial", "loan"))
            .Describe("an instrument such as convertible preferred equity, warrants or concessional loan",
                "convertible", "preferred", "common", "warrants", "concessional", "commercial");

    internal static readonly Parser<ClauseSyntax> Instrument =
        from keyword in Tokens.Keyword("instrument")
        from kind in InstrumentKind
        select (ClauseSyntax)new InstrumentClause(kind, Cover(keyword, kind.Span));

    internal static readonly Parser<TextSpan> PerShare = from per in Per from share in Share select Cover(per, share);

    internal static readonly Parser<ClauseSyntax> ConversionPrice =
        from keyword in Tokens.Keyword("conversion")
        from price in Kw.Price
        from money in Money
        from perShare in PerShare
        select (ClauseSyntax)new ConversionPriceClause(money, Cover(keyword, perShare));

    /// <summary>A price per share and the span of its last word, while parsing a clause.</summary>
    internal sealed record PricePerShare(MoneySyntax Money, TextSpan End);

    internal static readonly Parser<PricePerShare?> OptionalExercisePrice =
        (from at in At from money in Money from perShare in PerShare select new PricePerShare(money, perShare)).Maybe();

    internal static readonly Parser<ClauseSyntax> Warrants =
        from keyword in Tokens.Keyword("warrants")
        from price in OptionalExercisePrice
        from term in OptionalForDuration
        select (ClauseSyntax)new WarrantsClause(price?.Money, term, Cover(keyword, term?.Span ?? price?.End ?? keyword));

    internal static readonly Parser<StringSyntax> ProceedsText = Tokens.QuotedText("what the money is for, in quotes");

    internal static readonly Parser<ClauseSyntax> UseOfProceeds =
        from keyword in Tokens.Keyword("use")
        from of in Of
        from proceeds in Proceeds
        from text in ProceedsText
        select (ClauseSyntax)new UseOfProceedsClause(text, Cover(keyword, text.Span));
}
