using AgreementLang.Diagnostics;
using Sprache;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>The clauses: one parser per production, each starting at its keyword.</summary>
internal static class ClauseGrammar
{
    // ---- zones

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

    // ---- facilities, producers, stockpiles, minerals

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

    // ---- agreements: identity and life

    internal static readonly Parser<NameSyntax> KindWord =
        Tokens.OneOf("bilateral, plurilateral, framework or memorandum", "bilateral", "plurilateral", "framework", "memorandum")
            .XOr(from a in Kw.Action from p in Kw.Plan select new NameSyntax("action plan", Cover(a, p)))
            .Describe("bilateral, plurilateral, framework, memorandum or action plan", "bilateral", "plurilateral", "framework", "memorandum", "action");

    internal static readonly Parser<ClauseSyntax> Kind =
        from keyword in Kw.Kind
        from kind in KindWord
        select (ClauseSyntax)new KindClause(kind, Cover(keyword, kind.Span));

    internal static readonly Parser<ClauseSyntax> Binding =
        from keyword in Tokens.OneOf("binding or non-binding", "binding", "non-binding")
        select (ClauseSyntax)new BindingClause(keyword.Text == "binding", keyword.Span);

    internal static readonly Parser<ClauseSyntax> ZoneRef =
        from keyword in Kw.Zone
        from zone in ZoneName
        select (ClauseSyntax)new ZoneRefClause(zone, Cover(keyword, zone.Span));

    internal static readonly Parser<ClauseSyntax> Under =
        from keyword in Kw.Under
        from instrument in AgreementName
        select (ClauseSyntax)new UnderClause(instrument, Cover(keyword, instrument.Span));

    internal static readonly Parser<StringSyntax?> OptionalPlace = (from at in At from text in Place select text).Maybe();

    internal static readonly Parser<ClauseSyntax> Signed =
        from keyword in Kw.Signed
        from date in Tokens.Date
        from place in OptionalPlace
        select (ClauseSyntax)new SignedClause(date, place, Cover(keyword, (place?.Span ?? date.Span)));

    /// <summary>The three ways to enter into force; the clause's span is completed by <see cref="InForce"/>.</summary>
    internal static readonly Parser<InForceClause> EntryIntoForceWhen =
        ((from date in Tokens.Date select new InForceClause(date, false, null, date.Span))
        .XOr(from onWord in On from signature in Kw.Signature select new InForceClause(null, true, null, Cover(onWord, signature)))
        .XOr(from days in Tokens.Integer
             from d in Kw.Days
             from after in Kw.After
             from notifications in Kw.Notifications
             select new InForceClause(null, false, days, Cover(days.Span, notifications))))
        .Describe("a date such as 2026-03-01, 'on signature' or a number of days such as '60 days after notifications'", "on");

    internal static readonly Parser<ClauseSyntax> InForce =
        from keyword in In
        from force in Kw.Force
        from clause in EntryIntoForceWhen
        select (ClauseSyntax)(clause with { Span = Cover(keyword, clause.Span) });

    internal static readonly Parser<ClauseSyntax> Expires =
        from keyword in Kw.Expires
        from date in Tokens.Date
        select (ClauseSyntax)new ExpiryClause(date, null, Cover(keyword, date.Span));

    internal static readonly Parser<ClauseSyntax> TermClause =
        from keyword in Kw.Term
        from duration in Duration
        select (ClauseSyntax)new ExpiryClause(null, duration, Cover(keyword, duration.Span));

    internal static readonly Parser<ClauseSyntax> Indefinite =
        from keyword in Kw.Indefinite
        select (ClauseSyntax)new ExpiryClause(null, null, keyword);

    internal static readonly Parser<ClauseSyntax> Withdrawal =
        from keyword in Kw.Withdrawal
        from notice in Kw.Notice
        from duration in Duration
        select (ClauseSyntax)new WithdrawalClause(duration, Cover(keyword, duration.Span));

    internal static readonly string[] RoleWords = { "chair", "observer", "guarantor", "lender", "borrower", "producer", "buyer" };

    internal static readonly Parser<NameSyntax> Role = Tokens.OneOf("a role such as chair or observer", RoleWords);

    internal static readonly Parser<NameSyntax?> OptionalRole = (from a in Kw.As from r in Role select r).Maybe();

    internal static readonly Parser<ClauseSyntax> Party =
        from keyword in Kw.Party
        from code in Code
        from name in FullName
        from role in OptionalRole
        select (ClauseSyntax)new PartyClause(code, name, role, Cover(keyword, (role?.Span ?? name.Span)));
}
