using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>The clauses of a zone: its members, non-market economies, exclusions, the foreign-entity rule, reference
/// prices and exchange rates (which an agreement may state too). Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class ZoneGrammar
{
    internal static Parser<ClauseSyntax> PartyList(string first, string? second = null)
    {
        var secondWord = second is null ? null : Tokens.Keyword(second);
        var head = secondWord is null ? Tokens.KeywordName(first)
            : from a in Tokens.Keyword(first) from b in secondWord select new NameSyntax(first + " " + second, Cover(a, b));
        return from keyword in head
               from codes in CodeList
               let list = codes.ToArray()
               select (ClauseSyntax)new PartyListClause(keyword, list, Cover(keyword.Span, list[list.Length - 1].Span));
    }

    internal static readonly Parser<ClauseSyntax> Members = PartyList("members");
    internal static readonly Parser<ClauseSyntax> NonMarket = PartyList("non-market");
    internal static readonly Parser<ClauseSyntax> Excluded = PartyList("excluded");
    internal static readonly Parser<ClauseSyntax> ForeignEntity = PartyList("foreign", "entity");

    internal static readonly Parser<NameSyntax?> OptionalReview = (from keyword in Kw.Review from period in Period select period).Maybe();

    internal static readonly Parser<ClauseSyntax> ReferencePrice =
        from keyword in Kw.Reference
        from price in Kw.Price
        from subject in MineralStage
        from value in Price
        from validity in Validity
        from review in OptionalReview
        select (ClauseSyntax)new ReferencePriceClause(subject, value, validity, review,
            Cover(keyword, (review?.Span ?? validity.Span)));

    internal static readonly Parser<ClauseSyntax> ExchangeRate =
        from keyword in Kw.Exchange
        from rate in Kw.Rate
        from left in Money
        from equalsWord in EqualsSign
        from right in Money
        from validity in OptionalValidity
        select (ClauseSyntax)new ExchangeRateClause(left, right, validity, Cover(keyword, (validity?.Span ?? right.Span)));

    internal static readonly Parser<TextSpan> Threshold = Tokens.Keyword("threshold");

    internal static readonly Parser<ClauseSyntax> ForeignEntityThreshold =
        from foreign in Kw.Foreign
        from entity in Kw.Entity
        from threshold in Threshold
        from percent in Tokens.Percent
        select (ClauseSyntax)new ForeignEntityThresholdClause(percent, Cover(foreign, percent.Span));

    /// <summary>A zone's <c>foreign entity</c> clause: its threshold, or the list of codes.</summary>
    internal static readonly Parser<ClauseSyntax> ForeignEntityClause = ForeignEntityThreshold.Or(ForeignEntity);
}
