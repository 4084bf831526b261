using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>The clauses of the supply side's declarations: a facility's loans, private capital, participants and
/// agents; a producer's capacity and owners; a stockpile's holdings, release rule and buyers; a mineral's stages. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class SupplyGrammar
{
    internal static readonly Parser<ClauseSyntax> FacilityLoan =
        from keyword in Kw.Loan
        from fromWord in From
        from lender in Actor
        from amount in Money
        from rate in OptionalAtRate
        from f in For
        from tenor in Duration
        select (ClauseSyntax)new FacilityLoanClause(lender, amount, rate, tenor, Cover(keyword, tenor.Span));

    internal static readonly Parser<ClauseSyntax> PrivateCapital =
        from keyword in Kw.Private
        from capital in Kw.Capital
        from amount in Money
        select (ClauseSyntax)new PrivateCapitalClause(amount, Cover(keyword, amount.Span));

    internal static readonly Parser<ClauseSyntax> Capacity =
        from keyword in Kw.Capacity
        from subject in MineralStage
        from quantity in Quantity
        from per in Per
        from year in Year
        from validity in Validity
        select (ClauseSyntax)new CapacityClause(subject, quantity, validity, Cover(keyword, validity.Span));

    internal static readonly Parser<ClauseSyntax> Holding =
        from keyword in Kw.Holds
        from subject in MineralStage
        from quantity in Quantity
        select (ClauseSyntax)new HoldingClause(subject, quantity, Cover(keyword, quantity.Span));

    internal static readonly Parser<NameSyntax> NotBelowFloor =
        from not in Kw.Not from below in Kw.Below from floor in Kw.Floor select new NameSyntax("floor", floor);

    internal static readonly Parser<NameSyntax> MarketPrice =
        from market in Kw.Market from price in Kw.Price select new NameSyntax("market price", Cover(market, price));

    internal static readonly Parser<SyntaxNode> PriceOrNotBelowFloor = Price.Select(p => (SyntaxNode)p).XOr(NotBelowFloor).XOr(MarketPrice);

    internal static readonly Parser<IEnumerable<NameSyntax>> HsCodeList = Tokens.HsCode.XDelimitedBy(Comma);

    internal static readonly Parser<ClauseSyntax> Release =
        from keyword in Kw.Release
        from subject in MineralStage
        from at in At
        from price in PriceOrNotBelowFloor
        select (ClauseSyntax)new ReleaseClause(subject, price as PriceSyntax, Cover(keyword, price.Span),
            price is NameSyntax { Text: "market price" });

    internal static readonly Parser<ClauseSyntax> MineralStageLine =
        from keyword in Kw.Stage
        from stage in Stage
        from hs in Kw.Hs
        from codes in HsCodeList
        let list = codes.ToArray()
        select (ClauseSyntax)new MineralStageLineClause(stage, list, Cover(keyword, list[list.Length - 1].Span));

    internal static readonly Parser<ClauseSyntax> Owned =
        from keyword in Tokens.Keyword("owned")
        from share in Tokens.Percent
        from byWord in Kw.By
        from owner in Actor
        from validity in OptionalValidity
        select (ClauseSyntax)new OwnedClause(share, owner, validity, Cover(keyword, validity?.Span ?? owner.Span));

    internal static Parser<ClauseSyntax> NameList(string word)
    {
        var head = Tokens.KeywordName(word);
        return from keyword in head
               from names in ActorGrammar.EntityList
               let list = names.ToArray()
               select (ClauseSyntax)new ParticipantsClause(keyword, list, Cover(keyword.Span, list[list.Length - 1].Span));
    }

    internal static readonly Parser<ClauseSyntax> Participant = NameList("participant");
    internal static readonly Parser<ClauseSyntax> Agent = NameList("agent");

    internal static readonly Parser<ClauseSyntax> Buyers =
        from keyword in Tokens.Keyword("buyer")
        from names in ActorGrammar.EntityList
        let list = names.ToArray()
        select (ClauseSyntax)new BuyersClause(list, Cover(keyword, list[list.Length - 1].Span));
}
