using AgreementLang.Diagnostics;
using Sprache;
using static AgreementLang.Syntax.ValueGrammar;
using static AgreementLang.Syntax.TermGrammar;

namespace AgreementLang.Syntax;

/// <summary>The clauses: one parser per production, each starting at its keyword.</summary>
internal static class ClauseGrammar
{
    internal static Parser<NameSyntax> K(string word) => Tokens.Keyword(word);

    // ---- zones

    internal static Parser<ClauseSyntax> PartyList(string first, string? second = null) =>
        from keyword in second is null ? K(first) : (from a in K(first) from b in K(second) select new NameSyntax(first + " " + second, Cover(a.Span, b.Span)))
        from codes in CodeList
        let list = codes.ToArray()
        select (ClauseSyntax)new PartyListClause(keyword, list, Cover(keyword.Span, list[list.Length - 1].Span));

    internal static readonly Parser<ClauseSyntax> Members = PartyList("members");
    internal static readonly Parser<ClauseSyntax> NonMarket = PartyList("non-market");
    internal static readonly Parser<ClauseSyntax> Excluded = PartyList("excluded");
    internal static readonly Parser<ClauseSyntax> ForeignEntity = PartyList("foreign", "entity");

    internal static readonly Parser<NameSyntax> ReviewSuffix = from keyword in K("review") from period in Period select period;

    internal static readonly Parser<ClauseSyntax> ReferencePrice =
        from keyword in K("reference")
        from price in K("price")
        from subject in MineralStage
        from value in Price
        from validity in Validity
        from review in ReviewSuffix.XOptional()
        select (ClauseSyntax)new ReferencePriceClause(subject, value, validity, review.GetOrDefault(),
            Cover(keyword.Span, (review.GetOrDefault()?.Span ?? validity.Span)));

    internal static readonly Parser<ClauseSyntax> ExchangeRate =
        from keyword in K("exchange")
        from rate in K("rate")
        from left in Money
        from equalsWord in Tokens.Symbol("=")
        from right in Money
        from validity in Validity.XOptional()
        select (ClauseSyntax)new ExchangeRateClause(left, right, validity.OrNull(), Cover(keyword.Span, (validity.OrNull()?.Span ?? right.Span)));

    // ---- facilities, producers, stockpiles, minerals

    internal static readonly Parser<RateSyntax> AtRate = from keyword in At from rate in Rate select rate;

    internal static readonly Parser<ClauseSyntax> FacilityLoan =
        from keyword in K("loan")
        from fromWord in From
        from lender in AnyName
        from amount in Money
        from rate in AtRate.XOptional()
        from f in For
        from tenor in Duration
        select (ClauseSyntax)new FacilityLoanClause(lender, amount, rate.OrNull(), tenor, Cover(keyword.Span, tenor.Span));

    internal static readonly Parser<ClauseSyntax> PrivateCapital =
        from keyword in K("private")
        from capital in K("capital")
        from amount in Money
        select (ClauseSyntax)new PrivateCapitalClause(amount, Cover(keyword.Span, amount.Span));

    internal static readonly Parser<ClauseSyntax> Capacity =
        from keyword in K("capacity")
        from subject in MineralStage
        from quantity in Quantity
        from per in Per
        from year in Year
        from validity in Validity
        select (ClauseSyntax)new CapacityClause(subject, quantity, validity, Cover(keyword.Span, validity.Span));

    internal static readonly Parser<ClauseSyntax> Holding =
        from keyword in K("holds")
        from subject in MineralStage
        from quantity in Quantity
        select (ClauseSyntax)new HoldingClause(subject, quantity, Cover(keyword.Span, quantity.Span));

    internal static readonly Parser<NameSyntax> NotBelowFloor =
        from not in K("not") from below in K("below") from floor in K("floor") select floor;

    internal static readonly Parser<ClauseSyntax> Release =
        from keyword in K("release")
        from subject in MineralStage
        from at in At
        from price in Price.Select(p => (SyntaxNode)p).XOr(NotBelowFloor)
        select (ClauseSyntax)new ReleaseClause(subject, price as PriceSyntax, Cover(keyword.Span, price.Span));

    internal static readonly Parser<ClauseSyntax> MineralStageLine =
        from keyword in K("stage")
        from stage in Stage
        from hs in K("hs")
        from codes in Tokens.HsCode.XDelimitedBy(Comma)
        let list = codes.ToArray()
        select (ClauseSyntax)new MineralStageLineClause(stage, list, Cover(keyword.Span, list[list.Length - 1].Span));

    // ---- agreements: identity and life

    internal static readonly Parser<ClauseSyntax> Kind =
        from keyword in K("kind")
        from kind in Tokens.OneOf("bilateral, plurilateral, framework, memorandum or action plan",
                "bilateral", "plurilateral", "framework", "memorandum")
            .XOr(from a in K("action") from p in K("plan") select new NameSyntax("action plan", Cover(a.Span, p.Span)))
        select (ClauseSyntax)new KindClause(kind, Cover(keyword.Span, kind.Span));

    internal static readonly Parser<ClauseSyntax> Binding =
        from keyword in Tokens.OneOf("binding or non-binding", "binding", "non-binding")
        select (ClauseSyntax)new BindingClause(keyword.Text == "binding", keyword.Span);

    internal static readonly Parser<ClauseSyntax> ZoneRef =
        from keyword in K("zone")
        from zone in AnyName
        select (ClauseSyntax)new ZoneRefClause(zone, Cover(keyword.Span, zone.Span));

    internal static readonly Parser<ClauseSyntax> Under =
        from keyword in K("under")
        from instrument in AnyName
        select (ClauseSyntax)new UnderClause(instrument, Cover(keyword.Span, instrument.Span));

    internal static readonly Parser<ClauseSyntax> Signed =
        from keyword in K("signed")
        from date in Tokens.Date
        from place in (from at in At from text in Tokens.String select text).XOptional()
        select (ClauseSyntax)new SignedClause(date, place.OrNull(), Cover(keyword.Span, (place.OrNull()?.Span ?? date.Span)));

    internal static readonly Parser<ClauseSyntax> InForce =
        from keyword in In
        from force in K("force")
        from clause in
            (from date in Tokens.Date select new InForceClause(date, false, null, Cover(keyword.Span, date.Span)))
            .XOr(from onWord in On from signature in K("signature") select new InForceClause(null, true, null, Cover(keyword.Span, signature.Span)))
            .XOr(from days in Tokens.Integer
                 from d in K("days")
                 from after in K("after")
                 from notifications in K("notifications")
                 select new InForceClause(null, false, days, Cover(keyword.Span, notifications.Span)))
        select (ClauseSyntax)clause;

    internal static readonly Parser<ClauseSyntax> Expires =
        from keyword in K("expires")
        from date in Tokens.Date
        select (ClauseSyntax)new ExpiryClause(date, null, Cover(keyword.Span, date.Span));

    internal static readonly Parser<ClauseSyntax> TermClause =
        from keyword in K("term")
        from duration in Duration
        select (ClauseSyntax)new ExpiryClause(null, duration, Cover(keyword.Span, duration.Span));

    internal static readonly Parser<ClauseSyntax> Indefinite =
        from keyword in K("indefinite")
        select (ClauseSyntax)new ExpiryClause(null, null, keyword.Span);

    internal static readonly Parser<ClauseSyntax> Withdrawal =
        from keyword in K("withdrawal")
        from notice in K("notice")
        from duration in Duration
        select (ClauseSyntax)new WithdrawalClause(duration, Cover(keyword.Span, duration.Span));

    internal static readonly string[] RoleWords = { "chair", "observer", "guarantor", "lender", "borrower", "producer", "buyer" };

    internal static readonly Parser<ClauseSyntax> Party =
        from keyword in K("party")
        from code in Code
        from name in Tokens.String
        from role in (from a in K("as") from r in Tokens.OneOf("a role such as chair or observer", RoleWords) select r).XOptional()
        select (ClauseSyntax)new PartyClause(code, name, role.GetOrDefault(), Cover(keyword.Span, (role.GetOrDefault()?.Span ?? name.Span)));
}
