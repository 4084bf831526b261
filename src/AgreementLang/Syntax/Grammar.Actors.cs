using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>The clauses about actors other than the parties: entities' kinds, ownership of producers, facility
/// participants and agents, stockpile buyers, and the terms of a financing beyond amount, rate and tenor.</summary>
internal static class ActorGrammar
{
    internal static readonly Parser<TextSpan> By = Tokens.Keyword("by");
    internal static readonly Parser<TextSpan> Share = Tokens.Keyword("share");
    internal static readonly Parser<TextSpan> Entity = Tokens.Keyword("entity");
    internal static readonly Parser<TextSpan> Threshold = Tokens.Keyword("threshold");
    internal static readonly Parser<TextSpan> Proceeds = Tokens.Keyword("proceeds");

    internal static readonly Parser<NameSyntax> EntityKindWord =
        Tokens.OneOf("an entity kind such as company, lender or investor",
            "public-body", "lender", "investor", "participant", "agent", "co-funder", "buyer", "company");

    internal static readonly Parser<NameSyntax> EntityKind = from a in Kw.As from kind in EntityKindWord select kind;

    internal static readonly Parser<NameSyntax> EntityName = Tokens.Name("an entity name such as HARTREE");

    internal static readonly Parser<IEnumerable<NameSyntax>> EntityList = EntityName.XDelimitedBy(Comma);

    internal static readonly Parser<ClauseSyntax> Owned =
        from keyword in Tokens.Keyword("owned")
        from share in Tokens.Percent
        from byWord in By
        from owner in Actor
        from validity in OptionalValidity
        select (ClauseSyntax)new OwnedClause(share, owner, validity, Cover(keyword, validity?.Span ?? owner.Span));

    internal static readonly Parser<ClauseSyntax> ForeignEntityThreshold =
        from foreign in Kw.Foreign
        from entity in Entity
        from threshold in Threshold
        from percent in Tokens.Percent
        select (ClauseSyntax)new ForeignEntityThresholdClause(percent, Cover(foreign, percent.Span));

    /// <summary>A zone's <c>foreign entity</c> clause: its threshold, or the list of codes.</summary>
    internal static readonly Parser<ClauseSyntax> ForeignEntityClause = ForeignEntityThreshold.Or(ClauseGrammar.ForeignEntity);

    internal static Parser<ClauseSyntax> NameList(string word)
    {
        var head = Tokens.KeywordName(word);
        return from keyword in head
               from names in EntityList
               let list = names.ToArray()
               select (ClauseSyntax)new ParticipantsClause(keyword, list, Cover(keyword.Span, list[list.Length - 1].Span));
    }

    internal static readonly Parser<ClauseSyntax> Participant = NameList("participant");
    internal static readonly Parser<ClauseSyntax> Agent = NameList("agent");

    internal static readonly Parser<ClauseSyntax> Buyers =
        from keyword in Tokens.Keyword("buyer")
        from names in EntityList
        let list = names.ToArray()
        select (ClauseSyntax)new BuyersClause(list, Cover(keyword, list[list.Length - 1].Span));

    // ---- the block of a financing clause

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
